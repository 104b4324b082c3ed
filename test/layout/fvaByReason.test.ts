/**
 * Override discipline measured: the sales override's value added by reason on the KPIs sheet
 * (SOP_FVAByReason, over the Plan archive at the first lag), and this cycle's overrides against
 * the baseline on the Demand sheet (SOP_OverrideDiff, SOP_OverrideReason), as the deck reads them.
 *
 * A small archive, every number by hand. Actuals: A 2026-01 100, 2026-02 120, 2026-03 90;
 * B 50, 40, 60. Lag-1 rows (planned in the target month's own cycle):
 *
 * | family | target | actual | baseline | override | reason | abs(A - baseline) | abs(A - sales) |
 * |---|---|---|---|---|---|---|---|
 * | A | 2026-01 | 100 | 110 | 95 | Promotion | 10 | 5 |
 * | A | 2026-02 | 120 | 110 | 125 | Customer order | 10 | 5 |
 * | A | 2026-03 | 90 | 95 | 88 | Promotion | 5 | 2 |
 * | B | 2026-01 | 50 | 45 | | | 5 | 5 |
 * | B | 2026-02 | 40 | 46 | 37 | Customer order | 6 | 3 |
 * | B | 2026-03 | 60 | 57 | 70 | Market intelligence | 3 | 10 |
 *
 * plus a lag-3 row (cycle 2026-01, A 2026-03, baseline 100, override 85, Promotion), which the
 * lag-1 table leaves out.
 * - Promotion: 2 plans, actuals 190; statistical WAPE 15 / 190, sales 7 / 190, added 800 / 190 = +4.21 pts
 * - Customer order: 2 plans, actuals 160; 16 / 160 = 0.1, 8 / 160 = 0.05, added +5.0 pts
 * - Market intelligence: 1 plan, actual 60; 3 / 60 = 0.05, 10 / 60, added -700 / 60 = -11.67 pts
 * - New customer, Supply constraint, Other: none measured (blank WAPEs, no points)
 */
import { CycleData } from "../../src/core/model";
import { isSopError } from "../../src/core/errors";
import { deckInputFromNames } from "../../src/deck/input";
import { byReasonLine, largestOverridesLine, readOverrides } from "../../src/deck/overrides";
import { buildDeckSheet } from "../../src/deck/sheet";
import { readNamedRange } from "../../src/layout/lookup";
import { buildWorkbook } from "../../src/layout/workbook";
import { loadEngine, mismatches } from "./support/engine";
import { HAND_ACTUALS, handConfig, handFamily as fam, overrideRow } from "./support/handArchive";

const row = overrideRow;
const data: CycleData = {
  config: handConfig([fam("A", 10), fam("B", 100)]),
  actuals: HAND_ACTUALS,
  // this cycle: A 2026-05 and B 2026-04 overridden, B's without a reason
  overrides: [
    { family: "A", month: "2026-05", quantity: 500, reason: "New customer" },
    { family: "B", month: "2026-04", quantity: 0 },
  ],
  pipeline: [],
  orders: [],
  actions: [],
  planArchive: [
    row("2026-01", "A", "2026-01", 110, 95, "Promotion"),
    row("2026-01", "A", "2026-03", 100, 85, "Promotion"),
    row("2026-02", "A", "2026-02", 110, 125, "Customer order"),
    row("2026-03", "A", "2026-03", 95, 88, "Promotion"),
    row("2026-01", "B", "2026-01", 45, null, null),
    row("2026-02", "B", "2026-02", 46, 37, "Customer order"),
    row("2026-03", "B", "2026-03", 57, 70, "Market intelligence"),
  ],
};
const spec = buildWorkbook(data);

describe("the sales override's value added by reason (KPIs sheet)", () => {
  const table = readNamedRange(spec, "SOP_FVAByReason");

  it("measures each reason's archived plans at lag 1: WAPE of the baseline and of the sales forecast, and the points added", () => {
    const byReason = new Map(table.map((r) => [r[0], r.slice(1)]));
    const close = (xs: ReadonlyArray<unknown>, want: number[]): void =>
      want.forEach((w, i) => expect(xs[i + 1] as number).toBeCloseTo(w, 10));
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      ["Promotion", 2],
      ["Customer order", 2],
      ["New customer", 0],
      ["Market intelligence", 1],
      ["Supply constraint", 0],
      ["Other", 0],
    ]);
    close(byReason.get("Promotion")!, [15 / 190, 7 / 190, 800 / 190]);
    close(byReason.get("Customer order")!, [0.1, 0.05, 5]);
    close(byReason.get("Market intelligence")!, [3 / 60, 10 / 60, -700 / 60]);
    expect(byReason.get("Other")).toEqual([0, null, null, null]);
  });

  it("recalculates in HyperFormula to the cached values (the Demand override tables too)", () => {
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine)).toEqual([]);
    } finally {
      engine.destroy();
    }
  });
});

describe("this cycle's overrides on the Demand sheet", () => {
  it("hold override - baseline and the reason per family and plan month, blank where nothing is overridden", () => {
    const diff = readNamedRange(spec, "SOP_OverrideDiff");
    const reason = readNamedRange(spec, "SOP_OverrideReason");
    const demand = spec.sheets.find((s) => s.name === "Demand")!;
    // the baseline of a family's plan month, as the Demand sheet shows it (row "Statistical baseline" of its block)
    const baseline = (family: string, month: string): number => {
      const col = demand.cells[3].findIndex((c) => c?.value === month);
      const r = demand.cells.findIndex(
        (cells, i) =>
          cells[1]?.value === "Statistical baseline" &&
          demand.cells
            .slice(0, i + 1)
            .reverse()
            .find((x) => x[0]?.value)?.[0]?.value === family,
      );
      return demand.cells[r][col]?.value as number;
    };
    // plan months 2026-04, 2026-05, 2026-06
    expect(diff[0][0]).toBeNull();
    expect(diff[0][1]).toBeCloseTo(500 - baseline("A", "2026-05"), 10);
    expect(diff[1][0]).toBeCloseTo(0 - baseline("B", "2026-04"), 10);
    expect(reason).toEqual([
      [null, "New customer", null],
      [null, null, null],
    ]);
  });
});

describe("the deck's override lines", () => {
  it("rank this cycle's overrides by value at the family's price, and say which has no reason", () => {
    // hand-made names: A 2026-05 +30 units at 10 = 300; B 2026-04 -12 units at 100 = 1,200; A 2026-06 +1 at 10 = 10
    const names: Record<string, unknown[][]> = {
      SOP_OverrideDiff: [
        [null, 30, 1],
        [-12, "", null],
      ],
      SOP_OverrideReason: [
        [null, "Promotion", "Other"],
        ["", null, null],
      ],
      SOP_FVAByReason: [
        ["Promotion", 2, 15 / 190, 7 / 190, 800 / 190],
        ["Customer order", 2, 0.1, 0.05, 5],
        ["New customer", 0, "#DIV/0!", "#DIV/0!", ""],
        ["Market intelligence", 1, 0.05, 10 / 60, -700 / 60],
      ],
    };
    const o = readOverrides(
      (n) => names[n] as never,
      [fam("A", 10), fam("B", 100)],
      ["2026-04", "2026-05", "2026-06"],
    )!;
    expect(largestOverridesLine(o, 2)).toBe(
      "Largest overrides this cycle (2 of 3): B 2026-04 -12 units vs the baseline (no reason given); A 2026-05 +30 units (Promotion).",
    );
    expect(byReasonLine(o)).toBe(
      "Past value added by override reason (archived plans, override vs baseline): Customer order +5.0 pts (2 plans), Promotion +4.2 pts (2), Market intelligence -11.7 pts (1); not measured yet: New customer.",
    );
  });

  it("print under the forecast value added title, in place of the sentence the table's first row repeats", () => {
    const input = deckInputFromNames((n) => readNamedRange(spec, n));
    if (isSopError(input)) throw new Error(input.message);
    const rows = buildDeckSheet(input).cells.map((r) => r[0]?.value);
    const title = rows.findIndex((v) => String(v).startsWith("Forecast value added"));
    expect(String(rows[title + 1])).toMatch(/^Largest overrides this cycle: (A 2026-05|B 2026-04) /);
    expect(String(rows[title + 1])).toContain("(no reason given)");
    expect(rows[title + 2]).toBe(
      "Past value added by override reason (archived plans, override vs baseline): Customer order +5.0 pts (2 plans), Promotion +4.2 pts (2), Market intelligence -11.7 pts (1); not measured yet: New customer, Supply constraint, Other.",
    );
  });
});

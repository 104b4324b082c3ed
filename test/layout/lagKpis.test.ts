/**
 * Accuracy and bias by lag and the forecast value added stairstep on the KPIs sheet, over a
 * small plan archive (three cycles, two families) whose every expected number is worked out by
 * hand below; HyperFormula recalculates the workbook to the same values.
 *
 * Actuals: A 2026-01 100, 2026-02 120, 2026-03 90; B 50, 40, 60 (2025-10..12: A 100, B 50).
 *
 * | cycle | family | target | lag | actual | naive | baseline | override | sales | consensus |
 * |---|---|---|---|---|---|---|---|---|---|
 * | 2026-01 | A | 2026-01 | 1 | 100 | 100 | 110 | | 110 | 105 |
 * | 2026-01 | A | 2026-03 | 3 | 90 | 100 | 100 | 80 | 80 | 85 |
 * | 2026-02 | A | 2026-02 | 1 | 120 | 100 | 110 | 125 | 125 | 118 |
 * | 2026-03 | A | 2026-03 | 1 | 90 | 120 | 95 | | 95 | 92 |
 * | 2026-01 | B | 2026-01 | 1 | 50 | 50 | 45 | | 45 | 48 |
 * | 2026-01 | B | 2026-03 | 3 | 60 | 50 | 55 | | 55 | 58 |
 * | 2026-02 | B | 2026-02 | 1 | 40 | 50 | 46 | 35 | 35 | 38 |
 * | 2026-03 | B | 2026-03 | 1 | 60 | 40 | 57 | | 57 | 63 |
 */
import { CycleData } from "../../src/core/model";
import { readNamedRange } from "../../src/layout/lookup";
import { buildWorkbook } from "../../src/layout/workbook";
import { loadEngine, mismatches } from "./support/engine";
import { LAG_ARCHIVE, handArchiveCycle } from "./support/handArchive";

const data: CycleData = handArchiveCycle(LAG_ARCHIVE);
const spec = buildWorkbook(data);
const kpis = spec.sheets.find((s) => s.name === "KPIs")!;
const rowOf = (label: string, after: string): Array<unknown> => {
  const start = kpis.cells.findIndex((r) => r[0]?.value === after);
  const r = kpis.cells.slice(start).find((x) => x[0]?.value === label)!;
  return r.map((c) => c?.value);
};
const LAG_TITLE = "Accuracy and bias by lag (consensus, from the Plan archive)";

describe("accuracy and bias by lag on the KPIs sheet", () => {
  it("states the lags in the headers", () => {
    const start = kpis.cells.findIndex((r) => r[0]?.value === LAG_TITLE);
    expect(kpis.cells[start + 1].slice(0, 5).map((c) => c?.value)).toEqual([
      "Family",
      "Accuracy, lag 1",
      "Bias, lag 1",
      "Accuracy, lag 3",
      "Bias, lag 3",
    ]);
  });

  it("measures all families: lag 1 |errors| 5+2+2+2+2+3 = 16 over 460, bias +4; lag 3 |errors| 5+2 over 150, bias -7", () => {
    const [, acc1, bias1, acc3, bias3] = rowOf("All families", LAG_TITLE) as number[];
    expect(acc1).toBeCloseTo(1 - 16 / 460, 12);
    expect(bias1).toBeCloseTo(4 / 460, 12);
    expect(acc3).toBeCloseTo(1 - 7 / 150, 12);
    expect(bias3).toBeCloseTo(-7 / 150, 12);
  });

  it("measures each family", () => {
    const a = rowOf("A", LAG_TITLE) as number[];
    const b = rowOf("B", LAG_TITLE) as number[];
    // A lag 1: 5 + 2 + 2 = 9 over 310, bias 5 - 2 + 2 = +5; lag 3: 5 over 90, bias -5
    expect(a.slice(1, 5).map((x) => +x.toFixed(12))).toEqual(
      [1 - 9 / 310, 5 / 310, 1 - 5 / 90, -5 / 90].map((x) => +x.toFixed(12)),
    );
    // B lag 1: 2 + 2 + 3 = 7 over 150, bias -2 - 2 + 3 = -1; lag 3: 2 over 60, bias -2
    expect(b.slice(1, 5).map((x) => +x.toFixed(12))).toEqual(
      [1 - 7 / 150, -1 / 150, 1 - 2 / 60, -2 / 60].map((x) => +x.toFixed(12)),
    );
  });
});

describe("the forecast value added stairstep at lag 1", () => {
  const fva = readNamedRange(spec, "SOP_FVA");

  it("gives each step's WAPE and value added in points, in total and per family", () => {
    // all families, lag 1 (6 rows, actuals 460): naive |errors| 0+20+30+0+10+20 = 80,
    // statistical 10+10+5+5+6+3 = 39, sales 10+5+5+5+5+3 = 33, consensus 16
    const all = fva[0] as [string, ...number[]];
    expect(all[0]).toBe("All families");
    const expected = [80 / 460, 39 / 460, 33 / 460, 16 / 460, 4100 / 460, 600 / 460, 1700 / 460, 6400 / 460];
    all.slice(1).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 10));
    // A (actuals 310): naive 0+20+30 = 50, statistical 10+10+5 = 25, sales 10+5+5 = 20, consensus 9
    const a = fva[1] as [string, ...number[]];
    expect(a[0]).toBe("A");
    [50 / 310, 25 / 310, 20 / 310, 9 / 310, 2500 / 310, 500 / 310, 1100 / 310, 4100 / 310].forEach((x, i) =>
      expect(a[i + 1]).toBeCloseTo(x, 10),
    );
  });

  it("recalculates to the same values in a formula engine", () => {
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine)).toEqual([]);
    } finally {
      engine.destroy();
    }
  });
});

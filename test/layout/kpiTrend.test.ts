/**
 * The KPIs' 12-cycle trend: the KPIs sheet's trend cells beside each KPI (the 11 cycle months
 * before this one: kpi_history.csv, typed, or written when the next cycle month is scaffolded),
 * this cycle's value, and the sparkline drawn from them by a native formula; the deck's KPI
 * table shows the sparkline.
 *
 * Hand-made cycle (one family, cycle 2026-03, trend months 2025-04 .. 2026-02), four actions,
 * one closed: decision closure this cycle = 1 / 4 = 0.25. Its history (kpi_history.csv):
 *
 * | month | 2025-04 | 2025-07 | 2025-10 | 2026-01 | 2026-02 | this cycle |
 * |---|---|---|---|---|---|---|
 * | closure | 0.10 | 0.40 | 0.25 | 0.55 | 0.40 | 0.25 |
 *
 * low 0.10, high 0.55; bar = U+2581 + ROUND((v - 0.10) / 0.45 x 7):
 * 0.10 -> 0 (▁); 0.40 -> 4.67 -> 5 (▆); 0.25 -> 2.33 -> 2 (▃); 0.55 -> 7 (█); months without a value "·".
 * So the 12 cycles read ▁ · · ▆ · · ▃ · · █ ▆ ▃, 6 of 12 recorded.
 * Revenue vs plan has 0.9 in 2025-12 and 2026-01 only, and no value this cycle (no actual
 * revenue): every recorded value the same, so both bars sit at the middle (▄, U+2584).
 */
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { CycleData } from "../../src/core/model";
import { KPI_DEFS } from "../../src/core/plan-model/kpis";
import { sampleCycle } from "../../src/data/sample";
import { deckInputFromNames } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";
import { isSopError } from "../../src/core/errors";
import { keys } from "../../src/layout/keys";
import { readNamedRange } from "../../src/layout/lookup";
import { planRebuild, readCycleData } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { WorkbookSpec } from "../../src/layout/types";
import { minimal } from "../io/minimalCycle";
import { loadEngine, mismatches } from "./support/engine";
import { keyedCells, valuesOf } from "./support/spec";

const HISTORY = [
  "kpi,month,value",
  "CLOSURE,2025-04,0.10",
  "CLOSURE,2025-07,40%",
  "CLOSURE,2025-10,0.25",
  "CLOSURE,2026-01,0.55",
  "CLOSURE,2026-02,0.40",
  "REVENUE,2025-12,0.9",
  "REVENUE,2026-01,0.9",
].join("\n");
const ACTIONS = [
  "decision,owner,due_date,status",
  "A,Ann,2026-01-10,Closed",
  "B,Bob,2026-02-10,Open",
  "C,Cy,2026-03-10,Open",
  "D,Di,2026-04-10,In progress",
].join("\n");

function handMade(): CycleData {
  const r = importCycle(minimal({ "kpi_history.csv": HISTORY, "actions.csv": ACTIONS }));
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
  return r.data;
}
const trendRow = (spec: WorkbookSpec, id: string) =>
  readNamedRange(spec, "SOP_KPITrend")[KPI_DEFS.findIndex((d) => d.id === id)];

describe("the KPIs sheet's 12-cycle trend", () => {
  const spec = buildWorkbook(handMade());

  it("draws each cycle as a bar between the lowest and highest recorded value, a dot where none is recorded", () => {
    // sparkline, cycles recorded, low, high, then 2025-04 .. 2026-02 and this cycle
    expect(trendRow(spec, "CLOSURE")).toEqual([
      "▁··▆··▃··█▆▃",
      6,
      0.1,
      0.55,
      0.1,
      null,
      null,
      0.4,
      null,
      null,
      0.25,
      null,
      null,
      0.55,
      0.4,
      0.25,
    ]);
    expect(trendRow(spec, "REVENUE").slice(0, 4)).toEqual(["········▄▄··", 2, 0.9, 0.9]);
    // nothing recorded: twelve dots, no low or high
    expect(trendRow(spec, "TRACKING").slice(0, 4)).toEqual(["············", 0, null, null]);
  });

  it("heads its columns with the months, and holds the earlier months in input cells", () => {
    const kpis = spec.sheets.find((s) => s.name === "KPIs")!;
    expect(kpis.cells[3].slice(11, 16).map((c) => c?.value)).toEqual([
      "Trend (12 cycles)",
      "Cycles recorded",
      "Low",
      "High",
      "2025-04",
    ]);
    expect(kpis.cells[3][26]?.value).toBe("This cycle");
    const cells = keyedCells(spec);
    expect(cells.get(keys.kpiTrend("CLOSURE", "2025-07"))?.value).toBe(0.4);
    expect(cells.get(keys.kpiTrend("CLOSURE", "2025-08"))?.value ?? null).toBeNull();
  });

  it("recalculates in HyperFormula to the cached values, and follows a value typed into the trend", () => {
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine)).toEqual([]);
      const r = 4 + KPI_DEFS.findIndex((d) => d.id === "CLOSURE");
      // 2025-05 typed as 0.55: high stays 0.55, its bar is █ (7)
      engine.set("KPIs", r, 16, 0.55);
      expect(engine.value("KPIs", r, 11)).toBe("▁█·▆··▃··█▆▃");
      expect(engine.value("KPIs", r, 12)).toBe(7);
    } finally {
      engine.destroy();
    }
  });

  it("is the deck's trend column, in the place of the previous value", () => {
    const input = deckInputFromNames((name) => {
      const v = readNamedRange(spec, name);
      return v.length === 0 ? undefined : v;
    });
    if (isSopError(input)) throw new Error(input.message);
    const deck = buildDeckSheet(input);
    const title = deck.cells.findIndex((row) => String(row[0]?.value ?? "").startsWith("2. KPI snapshot"));
    expect(deck.cells[title][0]?.value).toBe(
      "2. KPI snapshot (each KPI over the period shown); trend: the last 12 cycles, oldest first, · = not recorded",
    );
    expect(deck.cells[title + 1].map((c) => c?.value)).toEqual([
      "KPI",
      "Category",
      "Value",
      "Target",
      "Status",
      "Trend",
      "Change",
      "Period",
    ]);
    const closure = deck.cells.find((row) => row[0]?.value === "Meeting decision closure")!;
    expect(closure[5]?.value).toBe("▁··▆··▃··█▆▃");
  });
});

describe("kpi_history.csv", () => {
  it("round-trips through the CSV export", () => {
    const data = handMade();
    expect(data.kpiHistory).toEqual([
      { kpi: "CLOSURE", month: "2025-04", value: 0.1 },
      { kpi: "CLOSURE", month: "2025-07", value: 0.4 },
      { kpi: "CLOSURE", month: "2025-10", value: 0.25 },
      { kpi: "CLOSURE", month: "2026-01", value: 0.55 },
      { kpi: "CLOSURE", month: "2026-02", value: 0.4 },
      { kpi: "REVENUE", month: "2025-12", value: 0.9 },
      { kpi: "REVENUE", month: "2026-01", value: 0.9 },
    ]);
    const files = cycleToCsv(data);
    expect(files["kpi_history.csv"].split(/\r?\n/)[0]).toBe("kpi,month,value");
    const again = importCycle(files);
    expect(again.ok && again.data.kpiHistory).toEqual(data.kpiHistory);
    // and from the workbook: the trend cells read back as the same history
    expect(readCycleData(valuesOf(buildWorkbook(data)))?.kpiHistory).toEqual(data.kpiHistory);
  });

  it("reports an unknown KPI, a month not before the cycle month and a month twice, with their lines", () => {
    const r = importCycle(
      minimal({
        "kpi_history.csv": "kpi,month,value\nSPEED,2025-05,1\nOTIF,2026-03,0.9\nOTIF,2025-06,0.9\nOTIF,2025-06,0.8\n",
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^kpi_history\.csv line 2, column kpi: .*SPEED/),
      "kpi_history.csv line 3, column month: 2026-03 is not before the cycle month 2026-03; the history holds earlier cycles' values",
      "kpi_history.csv line 5, column month: OTIF 2025-06 appears twice (first on line 4)",
    ]);
  });
});

describe("scaffolding consecutive cycle months keeps the trend", () => {
  it("adds each cycle's KPI values under its month, keeps the earlier ones, and drops only months older than 11 cycles", () => {
    let data = sampleCycle(); // cycle 2026-03
    let spec = buildWorkbook(data);
    const shown = new Map<string, Map<string, number>>(); // month -> KPI id -> value the workbook showed
    const sampleHistory = new Map((data.kpiHistory ?? []).map((h) => [`${h.kpi}|${h.month}`, h.value]));
    for (const month of ["2026-04", "2026-05", "2026-06", "2026-07"]) {
      const values = readNamedRange(spec, "SOP_KPIs");
      shown.set(
        data.config.cycleMonth,
        new Map(KPI_DEFS.flatMap((d, i) => (typeof values[i][2] === "number" ? [[d.id, values[i][2] as number]] : []))),
      );
      data = { ...data, config: { ...data.config, cycleMonth: month } };
      const { spec: next, report } = planRebuild({ values: valuesOf(spec) }, data);
      // nothing of the trend is moved to Kept inputs: months leaving the trend are dropped with it
      expect(report.toKept.filter((f) => f.key.startsWith("KPIs|trend|"))).toEqual([]);
      spec = next;
    }
    // cycle 2026-07: the trend covers 2025-08 .. 2026-06
    const cells = keyedCells(spec);
    for (const d of KPI_DEFS) {
      for (const [m, byKpi] of shown) {
        expect([d.id, m, cells.get(keys.kpiTrend(d.id, m))?.value ?? null]).toEqual([d.id, m, byKpi.get(d.id) ?? null]);
      }
      // the sample's own history of the months still in the trend stays as it was
      for (const m of ["2025-08", "2025-12", "2026-02"])
        expect([d.id, m, cells.get(keys.kpiTrend(d.id, m))?.value ?? null]).toEqual([
          d.id,
          m,
          sampleHistory.get(`${d.id}|${m}`) ?? null,
        ]);
      // 2025-04 .. 2025-07 have left the trend
      expect(cells.get(keys.kpiTrend(d.id, "2025-07"))).toBeUndefined();
    }
    // at least the KPIs with a number each cycle (12 of 13 in the sample) were carried every time
    expect([...shown.values()].every((byKpi) => byKpi.size >= 12)).toBe(true);
  });
});

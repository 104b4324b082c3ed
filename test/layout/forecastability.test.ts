/**
 * Forecastability and bias by family (Demand), the bias line of the Gaps agenda and the bias
 * exceptions in the deck's decisions required, on a small cycle worked out by hand below.
 *
 * Cycle 2026-04, 14 history months 2025-02..2026-03; the window is the last 12 (2025-04..2026-03).
 * Every history month has the consensus its own cycle planned (previous consensus, as the next
 * cycle's scaffold writes it), so the history consensus is the one below.
 * The first two months (actual 1000, consensus 0 for every family) lie outside the window: were
 * they counted, every number below would change.
 *
 * Window (12 months, each pattern repeated):
 * | family | price | actual | consensus | errors A - F |
 * |---|---|---|---|---|
 * | A | 10 | 100,110,120,130,140,150 x2 | 100 | 0,10,20,30,40,50 x2 |
 * | B | 5 | 50 | 60,60,40,60,60,60,40,60,60,40,60,40 | eight -10, four +10 |
 * | C | 10 | 20,0,40,0,60,0 x2 | 30 | -10,-30,10,-30,30,-30 x2 |
 * | D | 5 | 0,10,20 x4 | 20 | -20,-10,0 x4 |
 *
 * Tracking signal = sum(e) x n / sum|e| (n = 12):
 * - A: sum 2 x 150 = 300, sum|e| 300 -> 300 x 12 / 300 = +12: Under-forecast.
 * - B: sum 4 x 10 - 8 x 10 = -40, sum|e| 120 -> -40 x 12 / 120 = -4: not beyond -4, no flag.
 * - C: sum 2 x (-60) = -120, sum|e| 2 x 140 = 280 -> -120 x 12 / 280 = -36/7 = -5.142857: Over-forecast.
 * - D: sum 4 x (-30) = -120, sum|e| 120 -> -120 x 12 / 120 = -12: Over-forecast.
 * Gaps line: 3 flagged; largest |TS| 12, A and D tie, A is first: "largest: A (Under-forecast, tracking signal 12)".
 *
 * ABC, revenue = window actuals x price: A 1500 x 10 = 15000, B 600 x 5 = 3000, C 240 x 10 = 2400,
 * D 120 x 5 = 600; total 21000. Share ranked above: A 0 -> A; B 15000/21000 = 0.714 -> A;
 * C 18000/21000 = 0.857 -> B; D 20400/21000 = 0.971 -> C.
 *
 * XYZ, CV = population SD / mean of the window's actuals:
 * - A: mean 125, squared deviations 625+225+25+25+225+625 = 1750 per 6 -> sqrt(1750/6)/125 = 0.1366: X.
 * - B: constant -> 0: X.
 * - C: mean 20, squared deviations 0+400+400+400+1600+400 = 3200 per 6 -> sqrt(3200/6)/20 = 1.1547: Z.
 * - D: mean 10, squared deviations 100+0+100 per 3 -> sqrt(200/3)/10 = 0.8165: Y.
 */
import { CycleData } from "../../src/core/model";
import { readNamedRange } from "../../src/layout/lookup";
import { buildWorkbook } from "../../src/layout/workbook";
import { deckInputFromNames } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";
import { isSopError } from "../../src/core/errors";
import { loadEngine, mismatches } from "./support/engine";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeXlsx } from "../../src/render/xlsx";
import { compareRecalc } from "../render/xlsx/compare";
import { recalcWithLibreOffice } from "../render/xlsx/libreoffice";
import { readRawCells } from "../render/xlsx/rawCells";

const months = [
  "2025-02",
  "2025-03",
  "2025-04",
  "2025-05",
  "2025-06",
  "2025-07",
  "2025-08",
  "2025-09",
  "2025-10",
  "2025-11",
  "2025-12",
  "2026-01",
  "2026-02",
  "2026-03",
];
const twice = <T>(xs: T[], k = 2): T[] => Array.from({ length: k }, () => xs).flat();
const series: Record<string, { price: number; actual: number[]; consensus: number[] }> = {
  A: { price: 10, actual: twice([100, 110, 120, 130, 140, 150]), consensus: twice([100], 12) },
  B: { price: 5, actual: twice([50], 12), consensus: [60, 60, 40, 60, 60, 60, 40, 60, 60, 40, 60, 40] },
  C: { price: 10, actual: twice([20, 0, 40, 0, 60, 0]), consensus: twice([30], 12) },
  D: { price: 5, actual: twice([0, 10, 20], 4), consensus: twice([20], 12) },
};
const fam = (name: string) => ({
  name,
  unit: "units",
  price: series[name].price,
  unitCost: 2,
  openingInventory: 100,
  capacityPerMonth: 500,
  targetDaysOfSupply: 30,
});
const names = Object.keys(series);
const data: CycleData = {
  config: {
    company: "Hand Co",
    cycleMonth: "2026-04",
    historyMonths: 14,
    horizonMonths: 3,
    businessType: "manufacturing",
    families: names.map(fam),
    targets: { revenuePerMonth: 1000, grossMarginPct: 0.4, inventoryValueCeiling: 100000 },
  },
  actuals: names.flatMap((f) =>
    months.map((month, j) => ({ family: f, month, quantity: j < 2 ? 1000 : series[f].actual[j - 2] })),
  ),
  overrides: [],
  pipeline: [],
  orders: [],
  actions: [],
  previousConsensus: names.flatMap((family) =>
    months.map((month, j) => ({ family, month, quantity: j < 2 ? 0 : series[family].consensus[j - 2] })),
  ),
};
const spec = buildWorkbook(data);
const table = readNamedRange(spec, "SOP_Forecastability");

describe("forecastability and bias by family on the Demand sheet", () => {
  it("has one row per family: revenue, ABC, CV, XYZ, tracking signal and bias exception as worked out above", () => {
    expect(table.map((r) => [r[0], r[1], r[2], r[4], r[6]])).toEqual([
      ["A", 15000, "A", "X", "Under-forecast"],
      ["B", 3000, "A", "X", null], // no exception: the cached "" reads back as an empty cell
      ["C", 2400, "B", "Z", "Over-forecast"],
      ["D", 600, "C", "Y", "Over-forecast"],
    ]);
    const cv = table.map((r) => r[3] as number);
    [Math.sqrt(1750 / 6) / 125, 0, Math.sqrt(3200 / 6) / 20, Math.sqrt(200 / 3) / 10].forEach((x, i) =>
      expect(cv[i]).toBeCloseTo(x, 10),
    );
    const ts = table.map((r) => r[5] as number);
    [12, -4, -36 / 7, -12].forEach((x, i) => expect(ts[i]).toBeCloseTo(x, 10));
  });

  it("states the window in the title", () => {
    const demand = spec.sheets.find((s) => s.name === "Demand")!;
    expect(
      demand.cells.some(
        (r) => r[0]?.value === "Forecastability and bias by family, last 12 history months (2025-04 to 2026-03)",
      ),
    ).toBe(true);
  });

  it("puts the bias line above the Gaps agenda: 3 flagged, the first of the largest named", () => {
    const gaps = spec.sheets.find((s) => s.name === "Gaps")!;
    const r = gaps.cells.findIndex((x) => String(x[0]?.value ?? "").startsWith("Bias exceptions"));
    expect(r).toBeGreaterThan(-1);
    expect(gaps.cells[r][1]?.value).toBe(3);
    expect(gaps.cells[r][3]?.value).toBe("largest: A (Under-forecast, tracking signal 12)");
  });

  it("recalculates to the same values in a formula engine", () => {
    const engine = loadEngine(spec);
    try {
      expect(mismatches(spec, engine)).toEqual([]);
    } finally {
      engine.destroy();
    }
  });

  it("recalculates to the same values in LibreOffice, the flagged families' texts included", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-forecastability-"));
    const file = path.join(dir, "hand.xlsx");
    await writeXlsx(spec, file);
    const written = await readRawCells(file);
    const recalculated = await readRawCells(await recalcWithLibreOffice(file));
    const report = compareRecalc(written, recalculated, spec.names);
    expect(report.problems.slice(0, 20)).toEqual([]);
    expect(report.checked).toBeGreaterThan(0);
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);

  it("lists the bias exceptions in the deck's decisions required, the largest first, the others counted", () => {
    const input = deckInputFromNames((name) => readNamedRange(spec, name));
    if (isSopError(input)) throw new Error(input.message);
    const deck = buildDeckSheet(input);
    const lines = deck.cells
      .flat()
      .map((c) => c?.value)
      .filter((v): v is string => typeof v === "string" && /^[56]\. (Bias|And)/.test(v));
    // The approval and three gap issues take lines 1-4; of the three exceptions (A +12.0, D -12.0,
    // C -5.1) the largest |tracking signal| comes first (A before D: the table's order breaks the
    // tie), and the decisions' sixth and last line counts the other two.
    expect(lines).toEqual([
      "5. Bias exception: A sells above its consensus (tracking signal +12.0): review its forecast and overrides before the plan is approved.",
      "6. And 2 more decisions (the Gaps sheet lists them): 2 bias exceptions.",
    ]);
  });
});

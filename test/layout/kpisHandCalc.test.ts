/**
 * The KPIs sheet on a cycle small enough to work out by hand: two families, three history
 * months, three plan months, six order lines and four actions. For every KPI: the formula text
 * (which ranges it reads), what those ranges hold (read back through a real formula engine, so
 * the addresses are the right ones), the cached value and the engine's value, each worked out in
 * the comments from the definitions in README.md, never taken from the code.
 */
import { buildWorkbook } from "../../src/layout/workbook";
import type { CellValue, SheetSpec, WorkbookSpec } from "../../src/layout/types";
import { Engine, loadEngine } from "./support/engine";
import { KPI_HAND_TYPED, kpiHandCycle } from "./support/kpiHandCycle";

// The cycle (test/layout/support/kpiHandCycle.ts): families W (price 10, cost 6, opening
// inventory 50, capacity 125, target 30 days) and G (20, 12, 0, 40, 0 days); history 2026-01..03,
// actuals W 80 100 120, G 20 30 40, last cycle's consensus for them W 90 100 110, G 20 25 35; plan
// 2026-04..06, overrides W 120 130 110, G 40 50 40 (consensus = override), last cycle's consensus
// W 100 100 (none for June), G 40 40 40; production made W 110 120 130, G 30 40 (March not known),
// planned in each month's own cycle W 100 125, G 40 40; receivables 1,000 and payables 400 typed.
const data = kpiHandCycle();

const typed = new Map<string, CellValue>(KPI_HAND_TYPED);

// ---- hand calculation -------------------------------------------------------------------------
//
// Pairs (actual, consensus) over the history, W then G by month:
//   (80,90) (100,100) (120,110) (20,20) (30,25) (40,35)
//   sum A = 300 + 90 = 390; sum F = 300 + 80 = 380; sum(F - A) = 10 + 0 - 10 + 0 - 5 - 5 = -10;
//   sum|A - F| = 10 + 0 + 10 + 0 + 5 + 5 = 30.
// Supply plan (none typed) = the target-seeking proposal: each month aims at the target inventory
//   within capacity (proposeSupply). W's target = 30 days x average daily demand of the next
//   months: April (130+110)/2 = 120 a month -> 118.28; May and June 110 -> 108.42.
//   W April wants 120 + 118.28 - 50 = 188.28 > 125 -> 125; May 130 + 108.42 - 55 = 183.42 -> 125;
//   June 110 + 108.42 - 50 = 168.42 -> 125: 125 125 125 (375 of 375 capacity).
//   G (target 0 days): April 40; May wants 50 > 40 -> 40, short 10, and April has no spare
//   capacity to build ahead; June wants 40 + 10 backlog -> 40: 40 40 40 (120 of 120).
// Projected inventory: W 50+125-120 = 55, 55+125-130 = 50, 50+125-110 = 65; G 0, -10, -10.
// Inventory value = max(0, inventory) x unit cost: W 330 300 390, G 0 0 0 -> total 330 300 390.
// COGS = consensus x unit cost: W 720 780 660, G 480 600 480 -> total 1,200 1,380 1,140.
// Revenue history: actual = sum(actual x price) = 800+400, 1,000+600, 1,200+800 = 1,200 1,600 2,000;
//   planned = sum(consensus x price) = 900+400, 1,000+500, 1,100+700 = 1,300 1,500 1,800.
// Statistical baseline for the history: with 3 values AUTO is naive, and only the third month
//   has two earlier actuals: lag-1 naive = the previous actual, W 100 and G 30 in March.
const ROWS: Array<{ name: string; formula: string; value: number; status: string; change?: number }> = [
  // 1 - 30 / 390 = 12/13
  { name: "Forecast accuracy", formula: "=SOP.FORECASTACCURACY(Demand!C51:E52,Demand!C43:E44)", value: 12 / 13, status: "On target", change: 12 / 13 - 0.9 },
  // -10 / 390: under-forecast by 2.6 %
  { name: "Forecast bias", formula: "=SOP.FORECASTBIAS(Demand!C51:E52,Demand!C43:E44)", value: -1 / 39, status: "On target" },
  // actual / planned production over the months with both: W (110,100) (120,125), G (30,40)
  // (40,40); W's March (made 130, no plan) drops out as a pair, G's March has neither.
  // made 230 + 70 = 300, planned 225 + 80 = 305 -> 300 / 305 = 60/61; |60/61 - 1| = 0.016 <= 0.05
  {
    name: "Plan adherence",
    formula:
      '=IF(OR(COUNT(Production!C5:E6)=0,COUNT(Production!C8:E9)=0),"no data",SOP.PLANADHERENCE(IF(ISBLANK(Production!C5:E6),"",Production!C5:E6),IF(ISBLANK(Production!C8:E9),"",Production!C8:E9)))',
    value: 60 / 61,
    status: "On target",
  },
  // COGS 3,720 / average inventory value (330+300+390)/3 = 340 -> 186/17 over 3 months, x 12/3 = 744/17
  { name: "Inventory turns", formula: "=SOP.INVENTORYTURNS(Finance!C7:E7,Finance!C10:E10)*12/3", value: 744 / 17, status: "On target" },
  // on time, quantities ignored: O1 yes, O2 late, O3 yes, O4 overdue (O5 not due) -> 2 / 4
  { name: "Customer service level", formula: "=SOP.SERVICELEVEL(Orders!A5:A35,Orders!F5:F35,Orders!G5:G35,,,,,,SOP_CycleMonth)", value: 0.5, status: "Off target" },
  // on time and in full: O1 only of O1..O4 -> 1 / 4
  { name: "OTIF", formula: "=SOP.OTIF(Orders!A5:A35,Orders!F5:F35,Orders!G5:G35,Orders!D5:D35,Orders!E5:E35,,,SOP_CycleMonth)", value: 0.25, status: "Off target", change: 0.05 },
  // supply (375 + 120) / capacity (375 + 120) = 1; |1 - 0.85| = 0.15 is beyond the band 0.10 but within 2 x 0.10
  { name: "Capacity utilization", formula: "=SOP.CAPACITYUTILIZATION(Supply!C51:E52,Supply!C47:E48)", value: 1, status: "Watch" },
  // 4,800 / 4,600
  // Finance's revenue history sits below the totals block (19 rows + 2) and two family blocks
  // (14 rows + 2 each): title on row 59, actual revenue row 60, planned row 61.
  { name: "Revenue vs plan", formula: "=SOP.REVENUEVSPLAN(Finance!C60:E60,Finance!C61:E61)", value: 24 / 23, status: "On target" },
  // (inventory value of April 330 + receivables 1,000) - payables 400. The default target is the
  // ceiling 1,000 + 1.5 x revenue target 3,000 - payables at cost 2,000 x 0.6 = 1,200 -> 2,800.
  { name: "Working capital", formula: '=IF(COUNT(C20:C21)+COUNT(C22)<3,"no data",SOP.WORKINGCAPITAL(C20:C21,C22))', value: 930, status: "On target" },
  // last cycle's consensus exists: |120-100| + |130-100| + |40-40| + |50-40| + |40-40| = 60 over
  // 100+100+40+40+40 = 320 (W's June has no previous value and drops out) -> 0.1875
  { name: "Demand volatility", formula: '=IF(COUNT(Demand!F47:H48)=0,SOP.DEMANDVOLATILITY(Demand!C6:E6,,"CV"),SOP.DEMANDVOLATILITY(Demand!F43:H44,Demand!F47:H48))', value: 0.1875, status: "On target" },
  // sum(min(delivered, ordered)) 10+5+8+4+0 = 27 over ordered 10+5+8+6+5 = 34: O5 (7 ordered,
  // nothing delivered, promised 2026-04-20) is not due before the cycle month and is left out
  { name: "Schedule adherence", formula: "=SOP.SCHEDULEADHERENCE(Orders!E5:E35,Orders!D5:D35,Orders!F5:F35,SOP_CycleMonth)", value: 27 / 34, status: "Off target" },
  // Closed, Open, Closed, In progress -> 2 / 4
  { name: "Meeting decision closure", formula: "=SOP.DECISIONCLOSURE(Actions!D5:D23)", value: 0.5, status: "Off target" },
  // sum(A - F) = 10 over mean|A - F| = 30 / 6 = 5 -> 2
  { name: "Tracking signal", formula: "=SOP.TRACKINGSIGNAL(Demand!C51:E52,Demand!C43:E44)", value: 2, status: "On target" },
];

// What each range holds (blank cells as null), by hand from the cycle above.
const RANGES: Record<string, CellValue[][]> = {
  "Demand!C51:E52": [
    [80, 100, 120],
    [20, 30, 40],
  ], // actual sales
  "Demand!C43:E44": [
    [90, 100, 110],
    [20, 25, 35],
  ], // consensus for the history months (archived)
  "Demand!F43:H44": [
    [120, 130, 110],
    [40, 50, 40],
  ], // consensus for the plan months
  "Demand!F47:H48": [
    [100, 100, null],
    [40, 40, 40],
  ], // last cycle's consensus for the plan months
  "Demand!C55:E56": [
    [null, null, 100],
    [null, null, 30],
  ], // lag-1 statistical baseline
  "Demand!C6:E6": [[100, 130, 160]], // total actual sales
  "Finance!C7:E7": [[1200, 1380, 1140]], // COGS
  "Finance!C10:E10": [[330, 300, 390]], // inventory value
  "Finance!C60:E60": [[1200, 1600, 2000]], // actual revenue
  "Finance!C61:E61": [[1300, 1500, 1800]], // planned revenue
  "Supply!C51:E52": [
    [125, 125, 125],
    [40, 40, 40],
  ], // supply plan
  "Supply!C47:E48": [
    [125, 125, 125],
    [40, 40, 40],
  ], // capacity
  "Production!C5:E6": [
    [110, 120, 130],
    [30, 40, null],
  ], // actual production
  "Production!C8:E9": [
    [100, 125, null],
    [40, 40, null],
  ], // planned production (lag 1)
  "KPIs!C20:C21": [[330], [1000]], // inventory value of April, receivables
  "KPIs!C22": [[400]], // payables
};

function colIndex(letters: string): number {
  return letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The engine's values of "Sheet!C43:E44" (blank as null). */
function rangeValues(engine: Engine, ref: string): CellValue[][] {
  const m = /^(\w+)!([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a range: ${ref}`);
  const [c1, r1] = [colIndex(m[2]), Number(m[3]) - 1];
  const [c2, r2] = m[4] ? [colIndex(m[4]), Number(m[5]) - 1] : [c1, r1];
  const out: CellValue[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row: CellValue[] = [];
    for (let c = c1; c <= c2; c++) {
      const v = engine.value(m[1], r, c);
      row.push(v === "" ? null : v);
    }
    out.push(row);
  }
  return out;
}

const FIRST = 4; // the first KPI row (row 5), as the SOP_KPIs name says
const COL = { name: 0, value: 2, status: 4, previous: 5, change: 7 };

describe("KPIs sheet, by hand", () => {
  // Built before the tests (not at load): a run that selects none of them skips it.
  let spec: WorkbookSpec;
  let kpis: SheetSpec;
  let engine: Engine;
  beforeAll(() => {
    spec = buildWorkbook(data, typed);
    kpis = spec.sheets.find((s) => s.name === "KPIs") as SheetSpec;
    engine = loadEngine(spec);
  });
  afterAll(() => engine.destroy());

  it("names the table KPIs!A5:G17, one row per KPI in the documented order", () => {
    expect(spec.names.find((n) => n.name === "SOP_KPIs")?.ref).toBe("KPIs!$A$5:$G$17");
    expect(ROWS.map((_, i) => kpis.cells[FIRST + i][COL.name]?.value)).toEqual(ROWS.map((k) => k.name));
  });

  it("states in each definition the period the KPI covers", () => {
    const definition = (name: string): unknown => kpis.cells.find((row) => row[0]?.value === name)?.[10]?.value;
    expect(definition("Forecast accuracy")).toBe(
      "1 - WAPE of consensus vs actual sales over the history months with a lag-1 consensus. Period: all history months",
    );
    expect(definition("Inventory turns")).toMatch(/\. Period: next 12 plan months \(or the horizon\), annualised$/);
    expect(definition("OTIF")).toMatch(/\. Period: orders due by the cycle month$/);
  });

  it("each KPI formula reads exactly the documented ranges", () => {
    ROWS.forEach((k, i) => expect([k.name, kpis.cells[FIRST + i][COL.value]?.formula]).toEqual([k.name, k.formula]));
  });

  it("those ranges hold the cycle's numbers (so the addresses are the right ones)", () => {
    for (const [ref, expected] of Object.entries(RANGES)) {
      const got = rangeValues(engine, ref);
      expect([ref, got.map((row) => row.map((v) => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v)))]).toEqual([ref, expected]);
    }
    // The order and action columns: ids, promised and delivered dates, quantities, statuses.
    const orders = rangeValues(engine, "Orders!A5:G10");
    expect(orders.map((r) => [r[0], r[3], r[4]])).toEqual([
      ["O1", 10, 10],
      ["O1", 5, 5],
      ["O2", 8, 8],
      ["O3", 6, 4],
      ["O4", 5, 0],
      ["O5", 7, 0],
    ]);
    // 2026-03-10 is serial 46091 (2026-01-01 = 46023, + 31 + 28 + 9).
    expect(orders.map((r) => [r[5], r[6]])).toEqual([
      [46091, 46090],
      [46091, 46091],
      [46096, 46099],
      [46101, 46101],
      [46106, null],
      [46132, null],
    ]);
    expect(rangeValues(engine, "Orders!A11:G35").flat().every((v) => v === null)).toBe(true);
    expect(rangeValues(engine, "Actions!D5:D23").flat().filter((v) => v !== null)).toEqual(["Closed", "Open", "Closed", "In progress"]);
  });

  it("caches the hand-calculated value of every KPI, and the engine computes the same", () => {
    ROWS.forEach((k, i) => {
      const cached = kpis.cells[FIRST + i][COL.value]?.value;
      expect([k.name, typeof cached]).toEqual([k.name, "number"]);
      expect(Math.abs((cached as number) - k.value)).toBeLessThan(1e-12 * Math.max(1, Math.abs(k.value)));
      expect(Math.abs((engine.value("KPIs", FIRST + i, COL.value) as number) - k.value)).toBeLessThan(1e-9 * Math.max(1, Math.abs(k.value)));
    });
  });

  it("shows each status against the default targets and bands, and the change where last cycle's value is known", () => {
    ROWS.forEach((k, i) => {
      expect([k.name, kpis.cells[FIRST + i][COL.status]?.value, engine.value("KPIs", FIRST + i, COL.status)]).toEqual([k.name, k.status, k.status]);
      const change = kpis.cells[FIRST + i][COL.change]?.value;
      if (k.change === undefined) expect([k.name, change ?? ""]).toEqual([k.name, ""]);
      else expect(Math.abs((change as number) - k.change)).toBeLessThan(1e-12);
    });
  });

  it("forecast value added: the March baseline's WAPE 30/160 minus the consensus's 15/160 = 3/32", () => {
    // Only March has a baseline: W (A 120, F 110, B 100), G (A 40, F 35, B 30); sum A = 160.
    const row = kpis.cells.findIndex((r) => r[2]?.formula?.startsWith("=SOP.FVA("));
    expect(kpis.cells[row][2]?.formula).toBe("=SOP.FVA(Demand!C51:E52,Demand!C43:E44,Demand!C55:E56)");
    expect(kpis.cells[row][2]?.value).toBeCloseTo(3 / 32, 12);
    expect(engine.value("KPIs", row, 2) as number).toBeCloseTo(3 / 32, 9);
  });
});

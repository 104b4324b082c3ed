/** SOP.* KPI functions as a cell sees them (hand-calculated values; errors as Excel shows them). */
import {
  capacityUtilization,
  decisionClosure,
  demandVolatility,
  forecastAccuracy,
  forecastBias,
  inventoryTurns,
  otif,
  planAdherence,
  revenueVsPlan,
  scheduleAdherence,
  serviceLevel,
  workingCapital,
} from "../../src/functions/kpi";
import { cell, cells, col } from "./excel";

type Cells = Array<Array<string | number | boolean | null>>;

describe("plan-quality KPIs", () => {
  it("FORECASTACCURACY is 1 - WAPE", () => {
    expect(cell(() => forecastAccuracy(col(100, 200), col(110, 170)))).toBeCloseTo(1 - 40 / 300, 12);
  });
  it("FORECASTBIAS is positive when over-forecast, MEAN in units", () => {
    expect(cell(() => forecastBias(col(100, 200), col(110, 220)))).toBeCloseTo(0.1, 12);
    expect(cell(() => forecastBias(col(100, 100), col(110, 95), "Mean"))).toBeCloseTo(2.5, 12);
  });
  it("FORECASTBIAS returns #DIV/0! when the actuals sum to zero", () => {
    expect(cell(() => forecastBias(col(0, 0), col(1, 1)))).toEqual({ error: "#DIV/0!", message: "" });
  });
  it("PLANADHERENCE ratio and ABS", () => {
    expect(cell(() => planAdherence(col(90, 130), col(100, 100)))).toBeCloseTo(1.1, 12);
    expect(cell(() => planAdherence(col(90, 110), col(100, 100), "abs"))).toBeCloseTo(0.9, 12);
  });
  it("DEMANDVOLATILITY between two cycles, and as CV", () => {
    expect(cell(() => demandVolatility(col(110, 90), col(100, 100)))).toBeCloseTo(0.1, 12);
    expect(cell(() => demandVolatility(col(2, 4, 6), undefined, "CV"))).toBeCloseTo(0.5, 12);
  });
  it("DEMANDVOLATILITY returns #VALUE! without the previous cycle", () => {
    expect((cell(() => demandVolatility(col(1, 2))) as { error: string }).error).toBe("#VALUE!");
  });
});

describe("business-impact KPIs", () => {
  it("INVENTORYTURNS divides COGS by the average balance", () => {
    expect(cell(() => inventoryTurns(col(600, 600), col(100, 200, 300)))).toBeCloseTo(6, 12);
  });
  it("CAPACITYUTILIZATION and REVENUEVSPLAN", () => {
    expect(cell(() => capacityUtilization(col(80, 90), col(100, 100)))).toBeCloseTo(0.85, 12);
    expect(cell(() => revenueVsPlan(col(95, 110), col(100, 100)))).toBeCloseTo(1.025, 12);
  });
  it("WORKINGCAPITAL net and as a cash conversion cycle", () => {
    expect(cell(() => workingCapital(col(500, 300, 200), col(400, 100)))).toBeCloseTo(500, 12);
    // 45 + 30 - 40 = 35
    expect(cell(() => workingCapital([[45]], [[30]], "CCC", 40))).toBeCloseTo(35, 12);
  });
  it("WORKINGCAPITAL CCC returns #VALUE! without DPO", () => {
    expect((cell(() => workingCapital([[45]], [[30]], "CCC")) as { error: string }).error).toBe("#VALUE!");
  });
});

describe("order KPIs from an order table", () => {
  // Order 1001: two lines on time and in full. Order 1002: one line a day late.
  // Order 1003: short. Row 5 is a desktop-empty row (all zeros) and is ignored.
  const ids: Cells = cells(1001, 1001, "1002", "1003", 0);
  const promised: Cells = cells("2025-02-13", 45700, 45710, 45720, 0);
  const delivered: Cells = col(45699, 45700, 45711, 45720, 0);
  const ordered = col(10, 5, 10, 10, 0);
  const shipped = col(10, 5, 10, 8, 0);

  it("OTIF per order: only order 1001 counts -> 1/3", () => {
    expect(cell(() => otif(ids, promised, delivered, ordered, shipped))).toBeCloseTo(1 / 3, 12);
  });
  it("OTIF per line with a one-day tolerance: 3 of 4 lines", () => {
    expect(cell(() => otif(ids, promised, delivered, ordered, shipped, "LINE", 1))).toBeCloseTo(0.75, 12);
  });
  it("SERVICELEVEL on time by default: 1001 and 1003 -> 2/3", () => {
    expect(cell(() => serviceLevel(ids, promised, delivered))).toBeCloseTo(2 / 3, 12);
  });
  it("SERVICELEVEL UNIT fill rate: 33 of 35 units", () => {
    expect(cell(() => serviceLevel(ids, promised, delivered, ordered, shipped, "UNIT"))).toBeCloseTo(33 / 35, 12);
  });
  it("SERVICELEVEL fill rates need the quantities", () => {
    const r = cell(() => serviceLevel(ids, promised, delivered, undefined, undefined, "LINE")) as { error: string; message: string };
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("qtyOrdered and qtyDelivered");
  });
  it("OTIF as of a date leaves out an open line not yet due (ISO text or a date cell)", () => {
    // Order 1004 promised 2025-03-10, not delivered: as of 2025-03-01 it is not due -> 1 of 3 orders.
    const ids4: Cells = cells(1001, 1001, "1002", "1003", 1004);
    const promised4: Cells = cells("2025-02-13", 45700, 45710, 45720, "2025-03-10");
    const delivered4: Cells = col(45699, 45700, 45711, 45720, null);
    const ordered4 = col(10, 5, 10, 10, 4);
    const shipped4 = col(10, 5, 10, 8, 0);
    expect(cell(() => otif(ids4, promised4, delivered4, ordered4, shipped4, null as unknown as string, null as unknown as number, "2025-03"))).toBeCloseTo(1 / 3, 12);
    // 2025-03-15 is serial 45731: by then 1004 is overdue -> 1 of 4 orders
    expect(cell(() => otif(ids4, promised4, delivered4, ordered4, shipped4, "ORDER", 0, 45731))).toBeCloseTo(1 / 4, 12);
    const r = cell(() => otif(ids4, promised4, delivered4, ordered4, shipped4, "ORDER", 0, "soon")) as { error: string; message: string };
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("asOfDate");
  });
  it("OTIF treats a blank delivery date as not delivered", () => {
    expect(cell(() => otif(col(null), col(45700), col(null), col(1), col(0)))).toBe(0);
  });
  it("OTIF returns #VALUE! naming promisedDates when a row has no promised date", () => {
    const r = cell(() => otif(col("A"), col(null), col(45700), col(1), col(1))) as { error: string; message: string };
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("promisedDates");
  });
  it("OTIF returns #VALUE! naming both columns when sizes differ", () => {
    const r = cell(() => otif(ids, promised, delivered, col(1), shipped)) as { message: string };
    expect(r.message).toBe("promisedDates and qtyOrdered must be the same size (5 and 1 cells)");
  });
  it("OTIF returns #VALUE! for a delivered value that is not a date, and #NUM! for a negative delivered quantity", () => {
    const r = cell(() => otif(col("A", "B"), col(45700, 45700), cells(45700, "soon"), col(1, 1), col(1, 1))) as { error: string; message: string };
    expect(r.error).toBe("#VALUE!");
    expect(r.message).toContain("deliveredDates");
    const n = cell(() => otif(col("A", "B"), col(45700, 45700), col(45700, 45700), col(1, 1), col(1, -1))) as { error: string };
    expect(n.error).toBe("#NUM!");
  });
  it("FORECASTBIAS skips a month whose forecast is blank: (10 + 20) / 300, not / 350", () => {
    expect(cell(() => forecastBias(col(100, 200, 50), col(110, 220, null)))).toBeCloseTo(0.1, 12);
  });
  it("OTIF returns #NUM! for a negative tolerance", () => {
    expect(cell(() => otif(ids, promised, delivered, ordered, shipped, "ORDER", -2))).toEqual({ error: "#NUM!", message: "" });
  });
});

describe("process-health KPIs", () => {
  it("SCHEDULEADHERENCE caps each period at its schedule", () => {
    expect(cell(() => scheduleAdherence(col(100, 120, 70), col(100, 100, 100)))).toBeCloseTo(0.9, 12);
  });
  it("DECISIONCLOSURE counts closed statuses among non-blank ones", () => {
    expect(cell(() => decisionClosure(col("Closed", "Open", "closed", null, "In progress")))).toBeCloseTo(0.5, 12);
    expect(cell(() => decisionClosure(col("Done", "Open"), "done"))).toBeCloseTo(0.5, 12);
  });
  it("DECISIONCLOSURE returns #DIV/0! for an empty action list", () => {
    expect(cell(() => decisionClosure(col(null, "")))).toEqual({ error: "#DIV/0!", message: "" });
  });
});

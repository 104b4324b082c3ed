import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { formatIssue, importCsvFolder, importCycle } from "../../src/io";
import { MAX_CSV_LINES } from "../../src/io/import";
import { minimal } from "./minimalCycle";

const FIXTURES = path.join(__dirname, "..", "fixtures", "csv");

const messages = (files: Record<string, string | undefined>): string[] => {
  const r = importCycle(files);
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe("importCsvFolder", () => {
  it("imports a valid folder: quotes, BOM, percentages, case-insensitive names and choices", async () => {
    const r = await importCsvFolder(path.join(FIXTURES, "small"));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    const d = r.data;
    expect(d.config).toEqual({
      company: "Acme, Inc.",
      cycleMonth: "2026-03",
      historyMonths: 12,
      horizonMonths: 6,
      businessType: "manufacturing",
      families: [
        { name: "Widgets", unit: "units", price: 25, unitCost: 15, openingInventory: 1200, capacityPerMonth: 2500, targetDaysOfSupply: 30 },
        { name: 'Gadgets "Pro"', unit: "units", price: 80, unitCost: 52, openingInventory: 300, capacityPerMonth: 600, targetDaysOfSupply: 45 },
      ],
      targets: { revenuePerMonth: 250000, grossMarginPct: 0.35, inventoryValueCeiling: 400000 },
    });
    expect(d.actuals).toContainEqual({ family: "Widgets", month: "2025-12", quantity: 1900 });
    expect(d.pipeline.map((p) => p.deal)).toEqual(['=HYPERLINK("http://evil.example","click")', "Big order,\ntwo lines", "@SUM(A1)"]);
    expect(d.pipeline[1].winProbability).toBe(0.75);
    expect(d.orders[2]).toEqual({ order: "SO-2", line: 1, family: 'Gadgets "Pro"', quantityOrdered: 10, quantityDelivered: 0, promisedDate: "2026-02-20", deliveredDate: null });
    expect(d.actions.map((a) => a.status)).toEqual(["Open", "In progress"]);
    expect(d.actions[1].decision).toBe("-Cut price of Gadgets");
    expect(d.overrides).toEqual([{ family: "Widgets", month: "2026-04", quantity: 2600 }]);
  });

  it("reports every bad row with file, line and column, and returns no data", async () => {
    const r = await importCsvFolder(path.join(FIXTURES, "bad"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(formatIssue)).toEqual([
      'settings.csv line 3, column value: expected a month as YYYY-MM, got "2026-13"',
      'settings.csv line 4, column value: expected a whole number from 1 to 60, got "0"',
      'settings.csv line 5, column value: expected one of "manufacturing", "saas", "services", "distribution", got "retail"',
      'settings.csv line 6, column value: expected a number from 0 to 1, got "1.5"',
      'settings.csv line 7, column key: unknown setting "colour"; expected one of company, cycle_month, history_months, horizon_months, business_type, revenue_target_per_month, gross_margin_target, inventory_value_ceiling, trade_receivables, trade_payables, supply_strategy, service_level, inventory_target, upside_demand_multiplier, upside_capacity_multiplier, downside_demand_multiplier, downside_capacity_multiplier',
      'settings.csv: missing setting history_months (add a row "history_months,<value>")',
      'settings.csv: missing setting revenue_target_per_month (add a row "revenue_target_per_month,<value>")',
      'settings.csv: missing setting inventory_value_ceiling (add a row "inventory_value_ceiling,<value>")',
      'families.csv line 3, column family: duplicate family "widgets" (first on line 2)',
      'families.csv line 4, column price: expected a number of at least 0, got "eighty"',
      'families.csv line 4, column capacity_per_month: expected a number of at least 0, got "-600"',
      "actuals.csv line 3, column month: a second row for Widgets in 2026-01 (first on line 2)",
      'actuals.csv line 4, column family: unknown family "Sprockets"; expected a family of families.csv (Widgets)',
      'actuals.csv line 5, column month: expected a month as YYYY-MM, got "Jan 2026"',
      'pipeline.csv line 7, column win_probability: expected a number from 0 to 1, got "high"',
      "orders.csv line 1, column quantity_delivered: missing required column (the header has: order, line, family, quantity_ordered, promised_date, delivered_date)",
      'actions.csv line 2, column due_date: expected a date as YYYY-MM-DD, got "2026-02-30"',
      'actions.csv line 2, column status: expected one of "Open", "In progress", "Closed", got "Done"',
    ]);
  });

  it("says so when the folder does not exist", async () => {
    const r = await importCsvFolder(path.join(FIXTURES, "no-such-folder"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatIssue(r.issues[0])).toMatch(/no-such-folder: not a folder/);
  });
});

describe("importCycle validation", () => {
  it("accepts the minimal folder", () => {
    const r = importCycle(minimal());
    expect(r.ok && [r.data.config.historyMonths, r.data.config.horizonMonths]).toEqual([12, 18]);
    expect(r.ok && r.data.overrides).toEqual([]);
  });
  it("requires history_months and horizon_months rather than defaulting them", () => {
    const settings = "key,value\ncompany,Co\ncycle_month,2026-03\nbusiness_type,saas\nrevenue_target_per_month,1000\ngross_margin_target,0.5\ninventory_value_ceiling,100\n";
    expect(messages(minimal({ "settings.csv": settings }))).toEqual([
      'settings.csv: missing setting history_months (add a row "history_months,<value>")',
      'settings.csv: missing setting horizon_months (add a row "horizon_months,<value>")',
    ]);
  });
  it("names each missing required file", () => {
    expect(messages(minimal({ "orders.csv": undefined, "actions.csv": undefined }))).toEqual([
      "orders.csv: file not found; every cycle folder needs it (a header row is enough)",
      "actions.csv: file not found; every cycle folder needs it (a header row is enough)",
    ]);
  });
  it("rejects actuals in the plan horizon and overrides outside it", () => {
    expect(messages(minimal({
      "actuals.csv": "family,month,quantity\nSeats,2026-02,5\nSeats,2026-03,5\n",
      "overrides.csv": "family,month,quantity\nSeats,2026-02,5\nSeats,2027-08,5\nSeats,2027-09,5\n",
    }))).toEqual([
      'actuals.csv line 3, column month: expected a month before the cycle month 2026-03 (actuals are history), got "2026-03"',
      'overrides.csv line 2, column month: expected a plan month from 2026-03 to 2027-08, got "2026-02"',
      'overrides.csv line 4, column month: expected a plan month from 2026-03 to 2027-08, got "2027-09"',
    ]);
  });
  it("rejects a numeric win probability above 1 (a percentage typed without %), and takes 1, 0.4 and 40%", () => {
    const pipeline = [
      "deal,family,quantity,stage,win_probability,close_month",
      "A,Seats,1,Won,40,2026-04",
      "B,Seats,1,Won,1.5,2026-04",
      "C,Seats,1,Won,1.0000001,2026-04",
      "D,Seats,1,Won,1,2026-04",
      "E,Seats,1,Won,0.4,2026-04",
      "F,Seats,1,Won,40%,2026-04",
      "",
    ].join("\n");
    expect(messages(minimal({ "pipeline.csv": pipeline }))).toEqual([
      'pipeline.csv line 2, column win_probability: expected a number from 0 to 1, got "40"',
      'pipeline.csv line 3, column win_probability: expected a number from 0 to 1, got "1.5"',
      'pipeline.csv line 4, column win_probability: expected a number from 0 to 1, got "1.0000001"',
    ]);
    const r = importCycle(minimal({ "pipeline.csv": pipeline.split("\n").filter((_, i) => i === 0 || i > 3).join("\n") }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.pipeline.map((d) => d.winProbability)).toEqual([1, 0.4, 0.4]);
  });
  it("reports rows with the wrong number of fields and an unclosed quote", () => {
    expect(messages(minimal({ "pipeline.csv": 'deal,family,quantity,stage,win_probability,close_month\nA,Seats,1,Won,1,2026-04,extra\n"B,Seats,1\n' }))).toEqual([
      'pipeline.csv line 3: a quoted field is never closed (missing closing quote)',
    ]);
    expect(messages(minimal({ "pipeline.csv": "deal,family,quantity,stage,win_probability,close_month\nA,Seats,1,Won,1,2026-04,extra\n" }))).toEqual([
      "pipeline.csv line 2: expected 6 fields as in the header, got 7",
    ]);
  });
  it("reports an empty file, a duplicated header column and duplicate order lines", () => {
    expect(messages(minimal({ "actions.csv": "" }))).toEqual([
      "actions.csv line 1: the file is empty; expected a header row with decision, owner, due_date, status",
    ]);
    expect(messages(minimal({ "actuals.csv": "family,month,quantity,month\n" }))).toEqual([
      "actuals.csv line 1, column month: the column appears twice in the header",
    ]);
    expect(messages(minimal({
      "orders.csv": "order,line,family,quantity_ordered,quantity_delivered,promised_date,delivered_date\nSO,1,Seats,1,1,2026-01-05,\nSO,1,Seats,1,1,2026-01-05,2026-01-04\nSO,0,Seats,1,1,2026-01-05,\n",
    }))).toEqual([
      'orders.csv line 3, column line: order "SO" line 1 appears twice (first on line 2)',
      'orders.csv line 4, column line: expected a whole number of at least 1, got "0"',
    ]);
  });
  it("does not repeat an error for references to a family whose own row is invalid", () => {
    expect(messages(minimal({
      "families.csv": "family,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply\nSeats,seats,10,4,0,100,0\nAddons,seats,x,4,0,100,0\n",
      "actuals.csv": "family,month,quantity\nAddons,2026-01,3\n",
    }))).toEqual(['families.csv line 3, column price: expected a number of at least 0, got "x"']);
  });
  it("reads earlier cycles' consensus for history and plan months from previous_consensus.csv", () => {
    // cycle 2026-03, 12 months of history (2025-03..2026-02), 18 plan months (2026-03..2027-08)
    const good = importCycle(minimal({ "previous_consensus.csv": "family,month,quantity\nSeats,2026-02,90\nSeats,2026-04,120\n" }));
    expect(good.ok && good.data.previousConsensus).toEqual([
      { family: "Seats", month: "2026-02", quantity: 90 },
      { family: "Seats", month: "2026-04", quantity: 120 },
    ]);
    expect(messages(minimal({ "previous_consensus.csv": "family,month,quantity\nSeats,2025-02,90\n" }))).toEqual([
      'previous_consensus.csv line 2, column month: expected a month from 2025-03 to 2027-08 (history or plan), got "2025-02"',
    ]);
  });

  it("reads last cycle's KPI values from the optional kpis.csv, and reports unknown or repeated KPIs", () => {
    const good = importCycle(minimal({ "kpis.csv": "kpi,previous\nOTIF,0.81\naccuracy,87%\n" }));
    expect(good.ok && good.data.previousKpis).toEqual([
      { kpi: "OTIF", value: 0.81 },
      { kpi: "ACCURACY", value: 0.87 },
    ]);
    const without = importCycle(minimal());
    expect(without.ok && without.data.previousKpis).toBeUndefined();
    const bad = messages(minimal({ "kpis.csv": "kpi,previous\nOTIF,0.8\nSPEED,1\nOTIF,0.9\nBIAS,high\n" }));
    expect(bad).toHaveLength(3);
    expect(bad[0]).toMatch(/^kpis\.csv line 3, column kpi: expected one of "ACCURACY"/);
    expect(bad[1]).toBe("kpis.csv line 4, column kpi: OTIF is listed twice");
    expect(bad[2]).toMatch(/^kpis\.csv line 5, column previous: expected a number/);
  });

  it("reports missing required columns once per file, and no unknown families when families.csv is unreadable", () => {
    const actuals = "family,month,quantity\n" + Array.from({ length: 300 }, (_, i) => `Seats,${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")},1\n`).join("");
    expect(messages(minimal({ "families.csv": "family,unit,price\nSeats,seats,10\n", "actuals.csv": actuals }))).toEqual([
      "families.csv line 1: missing required columns unit_cost, opening_inventory, capacity_per_month, target_days_of_supply (the header has: family, unit, price)",
    ]);
    expect(messages(minimal({ "families.csv": 'family,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply\n"Seats,seats\n', "actuals.csv": actuals }))).toEqual([
      "families.csv line 2: a quoted field is never closed (missing closing quote)",
    ]);
    expect(messages(minimal({ "families.csv": undefined, "actuals.csv": actuals }))).toEqual([
      "families.csv: file not found; every cycle folder needs it (a header row is enough)",
    ]);
  });

  it("ignores extra columns and accepts header names in any case and order", () => {
    const r = importCycle(minimal({ "actuals.csv": "Quantity, MONTH ,Family,notes\n7,2026-01,seats,hello\n" }));
    expect(r.ok && r.data.actuals).toEqual([{ family: "Seats", month: "2026-01", quantity: 7 }]);
  });

  it("reads a semicolon-separated file with decimal commas, and says why \"1.234\" is ambiguous there", () => {
    const semi = (rows: string[]) => rows.join("\n") + "\n";
    const r = importCycle(minimal({
      "settings.csv": semi(["key;value", "company;Co", "cycle_month;2026-03", "history_months;12", "horizon_months;18", "business_type;saas", "revenue_target_per_month;1.234,5", "gross_margin_target;12,5%", "inventory_value_ceiling;100"]),
      "families.csv": semi(["family;unit;price;unit_cost;opening_inventory;capacity_per_month;target_days_of_supply", "Seats;seats;1234,5;-0,5;0;100;0,25"]),
    }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(formatIssue)).toEqual(['families.csv line 2, column unit_cost: expected a number of at least 0, got "-0,5"']);
    const good = importCycle(minimal({
      "settings.csv": semi(["key;value", "company;Co", "cycle_month;2026-03", "history_months;12", "horizon_months;18", "business_type;saas", "revenue_target_per_month;1.234,5", "gross_margin_target;12,5%", "inventory_value_ceiling;100"]),
      "families.csv": semi(["family;unit;price;unit_cost;opening_inventory;capacity_per_month;target_days_of_supply", "Seats;seats;1234,5;4;0;100;0,25"]),
    }));
    if (!good.ok) throw new Error(good.issues.map(formatIssue).join("\n"));
    expect(good.data.config.targets).toEqual({ revenuePerMonth: 1234.5, grossMarginPct: 0.125, inventoryValueCeiling: 100 });
    expect(good.data.config.families[0]).toMatchObject({ price: 1234.5, targetDaysOfSupply: 0.25 });
    expect(messages(minimal({ "actuals.csv": semi(["family;month;quantity", "Seats;2026-01;1.234", "Seats;2026-02;1,5"]) }))).toEqual([
      'actuals.csv line 2, column quantity: "1.234" is ambiguous in a semicolon-separated file: write 1234 without the thousands point, or 1,234 with a decimal comma',
    ]);
  });

  it("removes characters a workbook cannot hold, with a warning naming file, line and column", () => {
    const r = importCycle(minimal({ "actions.csv": "decision,owner,due_date,status,notes\nShip\u0007 it\uFFFF\u0001,Ann\u000B,2026-04-01,Open,bell\u0007\n\"Tab\tand\r\nlines ok\",Bo,2026-04-01,Open,\n" }));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.actions.map((a) => [a.decision, a.owner])).toEqual([["Ship it", "Ann"], ["Tab\tand\r\nlines ok", "Bo"]]);
    expect(r.warnings.map(formatIssue)).toEqual([
      "actions.csv line 2, column decision: removed 3 characters a workbook cannot hold (U+0007, U+FFFF, U+0001)",
      "actions.csv line 2, column owner: removed 1 character a workbook cannot hold (U+000B)",
    ]);
  });

  it("refuses a text longer than an Excel cell holds (32,767 characters), naming file, line and column", () => {
    const long = "x".repeat(32768);
    const ok = importCycle(minimal({ "actions.csv": `decision,owner,due_date,status\n${"y".repeat(32767)},Ann,2026-04-01,Open\n` }));
    expect(ok.ok).toBe(true);
    expect(messages(minimal({ "actions.csv": `decision,owner,due_date,status\nShip,Ann,2026-04-01,Open\n${long},Ann,2026-04-01,Open\n` }))).toEqual([
      "actions.csv line 3, column decision: text of 32,768 characters; an Excel cell holds at most 32,767",
    ]);
  });

  it("hints at the decimal point when a comma-separated file has a decimal comma", () => {
    expect(messages(minimal({ "actuals.csv": 'family,month,quantity\nSeats,2026-01,"1234,5"\n' }))).toEqual([
      'actuals.csv line 2, column quantity: expected a number of at least 0, got "1234,5" (write numbers with a decimal point, 1234.5; decimal commas are read only in semicolon-separated files)',
    ]);
  });

  it("reports an empty required file, also one holding only a byte-order mark or blank lines", () => {
    expect(messages(minimal({ "families.csv": "\uFEFF", "settings.csv": "\n\n" }))).toEqual([
      "settings.csv line 1: the file is empty; expected a header row with key, value",
      "families.csv line 1: the file is empty; expected a header row with family, unit, price, unit_cost, opening_inventory, capacity_per_month, target_days_of_supply",
    ]);
  });
});

describe("importCsvFolder encodings", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-enc-"));
    for (const [name, text] of Object.entries(minimal())) if (text !== undefined) await fs.writeFile(path.join(dir, name), text);
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("reads UTF-8 with a byte-order mark without a warning", async () => {
    await fs.writeFile(path.join(dir, "families.csv"), "\uFEFFfamily,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply\nCafé,cups,10,4,0,100,0\n");
    await fs.writeFile(path.join(dir, "actuals.csv"), "family,month,quantity\ncafé,2026-01,3\n");
    const r = await importCsvFolder(dir);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.warnings).toEqual([]);
    expect(r.data.config.families.map((f) => f.name)).toEqual(["Café"]);
  });

  it("reads a Windows-1252 file (invalid UTF-8) with a warning naming the file", async () => {
    const header = "family,unit,price,unit_cost,opening_inventory,capacity_per_month,target_days_of_supply\n";
    // "Café" and "€" in Windows-1252: é = 0xE9, € = 0x80
    const bytes = Buffer.concat([Buffer.from(header + "Caf"), Buffer.from([0xe9]), Buffer.from(",cups "), Buffer.from([0x80]), Buffer.from(",10,4,0,100,0\n")]);
    await fs.writeFile(path.join(dir, "families.csv"), bytes);
    const r = await importCsvFolder(dir);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
    expect(r.data.config.families.map((f) => [f.name, f.unit])).toEqual([["Café", "cups €"]]);
    expect(r.warnings.map(formatIssue)).toEqual([
      'families.csv: not UTF-8; read as Windows-1252 (Western European, as Excel saves "CSV" on Windows). Save it as "CSV UTF-8" to be sure every character is right',
    ]);
  });

  it("refuses a file longer than the limit before parsing it, with its line count", async () => {
    expect(MAX_CSV_LINES).toBe(250_000);
    const header = "order,line,family,quantity_ordered,quantity_delivered,promised_date,delivered_date\n";
    const line = "SO-1,1,Seats,1,1,2026-01-10,2026-01-09\n";
    // 250,001 lines in all: the header and 250,000 order lines, the last without a line end.
    await fs.writeFile(path.join(dir, "orders.csv"), header + line.repeat(249_999) + line.trimEnd());
    const r = await importCsvFolder(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(formatIssue)).toEqual([
      "orders.csv: the file has 250,001 lines; a pack reads at most 250,000 lines per file (Excel holds at most 1,048,576 rows per sheet, and the workbook is built in memory). Keep the rows the plan needs (e.g. the last 12 months of order lines) or split the cycle",
    ]);
  });

  it("reads a file of exactly the limit", async () => {
    const header = "order,line,family,quantity_ordered,quantity_delivered,promised_date,delivered_date\n";
    const lines = Array.from({ length: 249_999 }, (_, i) => `SO-${i + 1},1,Seats,1,1,2026-01-10,2026-01-09\n`).join("");
    await fs.writeFile(path.join(dir, "orders.csv"), header + lines);
    const r = await importCsvFolder(dir);
    if (!r.ok) throw new Error(r.issues.slice(0, 3).map(formatIssue).join("\n"));
    expect(r.data.orders).toHaveLength(249_999);
  });
});

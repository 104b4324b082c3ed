import { createExcelDouble, PAYLOAD_LIMIT_BYTES, type ExcelDouble } from "../../doubles/excel";
import { readSheets, writeSheet, writeWorkbook, WorkbookWriteError } from "../../../src/render/officejs";
import type { CellValue, SheetSpec, WorkbookSpec } from "../../../src/layout/types";
import { fixtureSpec } from "./spec-fixture";

type Ctx = Excel.RequestContext;
const MB = 1024 * 1024;

/** Scaffold as the task pane does it: read what is there (1 sync), then write. */
async function scaffold(excel: ExcelDouble, spec: WorkbookSpec, rebuild?: (existing: Map<string, CellValue[][]>) => WorkbookSpec) {
  return excel.run(async (ctx) => {
    const existing = await readSheets(ctx as unknown as Ctx, spec.sheets.map((s) => s.name));
    return writeWorkbook(ctx as unknown as Ctx, rebuild ? rebuild(existing) : spec);
  });
}

/** Every keyed input's value, by key, as the workbook holds it. */
function inputsByKey(excel: ExcelDouble, spec: WorkbookSpec): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const sheet of spec.sheets) {
    const s = excel.state.sheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.key) out.set(cell.key, s.cellAt(r, c).value);
      }),
    );
  }
  return out;
}

/** A rebuild for the fixture: the same layout, keyed inputs take what the workbook holds. */
function keepInputs(spec: WorkbookSpec): (existing: Map<string, CellValue[][]>) => WorkbookSpec {
  return (existing) => ({
    ...spec,
    sheets: spec.sheets.map(
      (sheet): SheetSpec => ({
        ...sheet,
        cells: sheet.cells.map((row, r) =>
          row.map((cell, c) => {
            if (!cell?.key) return cell;
            const v = existing.get(sheet.name)?.[r]?.[c];
            return v === undefined ? cell : { ...cell, value: v };
          }),
        ),
      }),
    ),
  });
}

describe("writeWorkbook sync counts and request sizes", () => {
  it.each([
    [1, 2],
    [50, 2],
  ])("writes %i families x 36 months in one read and one write sync", async (families, syncs) => {
    const excel = createExcelDouble();
    const spec = fixtureSpec({ families, months: 36 });
    const report = await scaffold(excel, spec);
    expect(excel.stats.syncs).toBe(syncs);
    expect(report.syncs).toBe(1); // the read done by readSheets is reused
    expect(excel.stats.largestRequestBytes).toBeLessThan(4 * MB);
    expect(excel.state.calculationSuspendedSyncs).toEqual([2]);
    expect(excel.state.sheetNames()).toEqual(["Settings", "Families", "Demand", "Supply", "KPIs", "Sheet1"]);
  });

  it("splits 2,000 families x 36 months into ~4.5 MiB requests, none over 5 MB, one sync per chunk", async () => {
    const excel = createExcelDouble();
    const spec = fixtureSpec({ families: 2000, months: 36 });
    const report = await scaffold(excel, spec);
    const writes = excel.stats.requests.slice(1);
    const total = writes.reduce((n, r) => n + r.bytes, 0);
    expect(total).toBeGreaterThan(20 * MB);
    for (const r of writes) expect(r.bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    // Requests are filled: no more syncs than the bytes need, plus one for rounding.
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / (4 * MB)) + 1);
    expect(report.syncs).toBe(writes.length);
    // The renderer's own estimate is close to what was measured on the wire.
    expect(report.largestRequestBytes).toBeGreaterThan(0.8 * excel.stats.largestRequestBytes);
    expect(report.largestRequestBytes).toBeLessThan(1.25 * excel.stats.largestRequestBytes);
    expect(excel.state.calculationSuspendedSyncs).toEqual(writes.map((w) => w.sync));
    // Every cell arrived: the last family's consensus formula and input.
    const demand = excel.state.sheet("Demand");
    const lastConsensus = spec.sheets[2].cells.length - 3; // 0-based row of the last family's consensus
    expect(demand.cellAt(lastConsensus, 36).formula).toBe(spec.sheets[2].cells[lastConsensus][36]!.formula);
    expect(report.cellsWritten).toBe(excel.state.sheets.reduce((n, s) => n + s.filledCellCount(), 0));
  });

  it("retries with smaller requests when Excel rejects one as too large", async () => {
    const excel = createExcelDouble({ payloadLimitBytes: 300_000 });
    const spec = fixtureSpec({ families: 50, months: 36 });
    await scaffold(excel, spec);
    const failed = excel.stats.requests.filter((r) => r.error);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.error!.startsWith("RequestPayloadSizeLimitExceeded"))).toBe(true);
    expect(excel.stats.requests.filter((r) => !r.error).every((r) => r.bytes <= 300_000)).toBe(true);
    expect(inputsByKey(excel, spec).get("Families|price|Family 50")).toBe(149);
  });
});

describe("what writeWorkbook puts in the workbook", () => {
  const spec = fixtureSpec({ families: 3, months: 6, history: 2 });
  let excel: ExcelDouble;
  beforeAll(async () => {
    excel = createExcelDouble();
    await scaffold(excel, spec);
  });

  it("keeps text starting with =, +, - or @ as text, never a formula", () => {
    const settings = excel.state.sheet("Settings");
    expect(settings.cell("B2")).toMatchObject({ formula: null, value: "=Acme & Co" });
    const kpis = excel.state.sheet("KPIs");
    expect(kpis.cell("B3")).toMatchObject({ formula: null, value: "+ signs and - signs stay text" });
    expect(kpis.cell("C3")).toMatchObject({ formula: null, value: "@risk" });
  });

  it("keeps month labels as text, not dates", () => {
    expect(excel.state.sheet("Demand").cell("B2").value).toBe("2024-01");
    expect(excel.state.sheet("Settings").cell("B3").value).toBe("2024-03");
  });

  it("writes formulas, numbers and number formats", () => {
    const demand = excel.state.sheet("Demand");
    expect(demand.cell("B8").formula).toBe('=IF(B6<>"",B6,B5)+B7');
    expect(demand.cell("B4")).toMatchObject({ value: 500, numberFormat: "#,##0" });
    expect(excel.state.sheet("KPIs").cell("B2").formula).toMatch(/^=SOP\.FORECASTACCURACY\(/);
    expect(excel.state.sheet("KPIs").cell("B2").numberFormat).toBe("0.0%");
  });

  it("styles inputs and leaves them unlocked on a protected sheet; formulas stay locked", () => {
    const demand = excel.state.sheet("Demand");
    expect(demand.protection.protected).toBe(true);
    expect(demand.cell("D6").format).toMatchObject({ fill: "#FFF2CC", locked: false }); // an override
    expect(demand.cell("D8").format).toMatchObject({ locked: true, bold: true, borderTop: "Continuous" }); // consensus total
    expect(() => excel.state.typeValue("Demand", "D6", 700)).not.toThrow();
    expect(() => excel.state.typeValue("Demand", "D8", 700)).toThrow(/protected/);
    expect(excel.state.sheet("Settings").protection.protected).toBe(false);
  });

  it("sets widths, panes, tab colours, rules, names, print setup and charts", () => {
    const demand = excel.state.sheet("Demand");
    expect(demand.freeze).toEqual({ rows: 2, columns: 1 });
    expect(demand.columnWidths.get(0)).toBeCloseTo((26 * 7 + 5) * 0.75); // 26 characters -> 187 px -> 140.25 pt
    expect(demand.columnWidths.get(6)).toBeCloseTo((10 * 7 + 5) * 0.75);
    expect(demand.tabColor).toBe("#2E75B6");
    expect(demand.conditionalFormats).toEqual([{ address: "B3:G26", type: "Custom", formula: "=B3<0", fill: "#FFC7CE", fontColor: "#9C0006" }]);
    const settings = excel.state.sheet("Settings");
    expect(settings.validations[0]).toMatchObject({ address: "B4", rule: { list: { inCellDropDown: true, source: "manufacturing,saas,services,distribution" } } });
    expect(excel.state.sheet("Families").validations[0].rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(excel.state.names.get("sop_families")).toMatchObject({ formula: "=Families!$A$2:$A$4" });
    const kpis = excel.state.sheet("KPIs");
    expect(kpis.pageLayout).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, centerHeader: "Acme && Co S&&OP", printArea: "A1:G20" }); // "&" starts a header code; "&&" prints one "&"
    // Rows 1-2 repeat on every page; the footer: company and cycle, the sheet name (&A), the page (&P of &N).
    expect(kpis.pageLayout).toMatchObject({ printTitleRows: "$1:$2", leftFooter: "Acme && Co · S&&OP cycle 2026-03", centerFooter: "&A", rightFooter: "Page &P of &N" });
    expect(kpis.charts).toEqual([{ name: "Demand vs supply", type: "Line", source: "Demand!A2:G4", seriesBy: "Rows", title: "Demand vs supply", topLeft: "E2", bottomRight: "L16" }]);
  });
});

describe("running scaffold again", () => {
  it("keeps typed inputs, reuses sheets and costs three reads (what exists, sizes, cells) and one write", async () => {
    const excel = createExcelDouble();
    const spec = fixtureSpec({ families: 4, months: 12 });
    await scaffold(excel, spec);
    excel.state.typeValue("Demand", "H6", 777); // an override in a protected sheet
    excel.state.typeValue("Families", "B3", 123.5);
    excel.state.typeValue("Settings", "B2", "'=not a formula"); // typed with an apostrophe: text
    excel.stats.reset();
    await scaffold(excel, spec, keepInputs(spec));
    expect(excel.stats.syncs).toBe(4);
    expect(excel.state.sheetNames()).toEqual(["Settings", "Families", "Demand", "Supply", "KPIs", "Sheet1"]);
    expect(excel.state.sheet("Demand").cell("H6").value).toBe(777);
    expect(excel.state.sheet("Families").cell("B3").value).toBe(123.5);
    expect(excel.state.sheet("Settings").cell("B2")).toMatchObject({ formula: null, value: "=not a formula" });
    expect(excel.state.sheet("KPIs").charts).toHaveLength(1);
    expect(excel.state.sheet("Demand").conditionalFormats).toHaveLength(1);
  });

  it("clears what the old, larger layout left beyond the new one", async () => {
    const excel = createExcelDouble();
    await scaffold(excel, fixtureSpec({ families: 5, months: 12 }));
    await scaffold(excel, fixtureSpec({ families: 2, months: 6 }));
    const demand = excel.state.sheet("Demand");
    expect(demand.usedRect(true)).toEqual({ r0: 0, c0: 0, r1: 2 + 2 * 8 - 1, c1: 6 });
  });

  it("after a failure at write request k, names the step, and a second run completes without duplicates", async () => {
    const spec = fixtureSpec({ families: 60, months: 36 });
    const reference = createExcelDouble();
    await scaffold(reference, spec);

    const excel = createExcelDouble();
    excel.failSync(3, { code: "GeneralException", message: "Excel stopped responding." }); // read, write 1, write 2 fails midway
    const err = await excel
      .run(async (ctx) => {
        await readSheets(ctx as unknown as Ctx, spec.sheets.map((s) => s.name));
        return writeWorkbook(ctx as unknown as Ctx, spec, { budgetBytes: 200_000 });
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookWriteError);
    const message = (err as Error).message;
    expect(message).toMatch(/write request 2 of \d+/);
    expect(message).toMatch(/Demand: cells, rows \d+-\d+ of 482/);
    expect(message).toMatch(/GeneralException: Excel stopped responding/);
    expect(message).toMatch(/Running Scaffold again completes the workbook/);

    excel.state.typeValue("Families", "B2", 999); // typed after the failure: must survive the re-run
    await scaffold(excel, spec, keepInputs(spec));
    expect(excel.state.sheetNames()).toEqual(reference.state.sheetNames());
    for (const sheet of spec.sheets) {
      const got = excel.state.sheet(sheet.name);
      const want = reference.state.sheet(sheet.name);
      expect(got.valuesFromA1().length).toBe(want.valuesFromA1().length);
      expect(got.protection.protected).toBe(want.protection.protected);
      expect(got.charts.length).toBe(want.charts.length);
    }
    expect(excel.state.sheet("Demand").cell("AK480").formula).toBe(reference.state.sheet("Demand").cell("AK480").formula);
    expect(excel.state.sheet("Families").cell("B2").value).toBe(999);
  });

  it("says which sheet is protected with a password, writes nothing, and completes once it is unprotected", async () => {
    const excel = createExcelDouble();
    const spec = fixtureSpec({ families: 2, months: 6 });
    await scaffold(excel, spec);
    excel.state.typeValue("Demand", "E6", 42);
    excel.state.sheet("Demand").protection = { protected: true, password: "s3cret", options: null };
    const before = excel.state.sheet("Demand").valuesFromA1();
    const err = await scaffold(excel, spec, keepInputs(spec)).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/unprotecting sheet "Demand"/);
    expect((err as Error).message).toMatch(/One of the sheets "Demand", "Supply", "KPIs" is protected with a password: unprotect it \(Review > Unprotect Sheet\)/);
    expect(excel.state.sheet("Demand").valuesFromA1()).toEqual(before);
    expect(excel.state.sheet("Demand").cell("E6").value).toBe(42);

    excel.state.sheet("Demand").protection = { protected: false, password: null, options: null };
    await scaffold(excel, spec, keepInputs(spec));
    expect(excel.state.sheet("Demand").cell("E6").value).toBe(42);
    expect(excel.state.sheet("Demand").protection.protected).toBe(true);
  });
});

describe("writeSheet (the executive deck)", () => {
  const deck = (title: string): SheetSpec => ({
    name: "Executive Summary",
    kind: "report",
    cells: [[{ value: title, style: "title" }], [{ value: "Revenue", style: "label" }, { formula: "=SUM(Demand!B8:G8)", value: 0, style: "formula" }]],
    columnWidths: [30, 14],
    validations: [],
    conditionalFormats: [],
    charts: [
      { title: "Demand vs supply vs capacity", type: "columnClustered", sourceRange: "Demand!A2:G4", topLeft: "D2", bottomRight: "K18" },
      { title: "Revenue vs target", type: "line", sourceRange: "Demand!A2:G3", topLeft: "D20", bottomRight: "K36" },
    ],
    protect: true,
    print: { landscape: true, fitToWidth: true, pagesTall: 2, narrowMargins: true, title: "Acme deck" },
  });

  it("builds the deck in at most 3 syncs and rebuilds it without duplicate charts, leaving other sheets alone", async () => {
    const excel = createExcelDouble();
    await scaffold(excel, fixtureSpec({ families: 2, months: 6 }));
    const demandBefore = excel.state.sheet("Demand").valuesFromA1();
    excel.stats.reset();
    const first = await excel.run((ctx) => writeSheet(ctx as unknown as Ctx, deck("Deck v1"), { position: 0 }));
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(first.syncs).toBe(excel.stats.syncs);
    expect(excel.state.sheetNames()[0]).toBe("Executive Summary");
    excel.stats.reset();
    await excel.run((ctx) => writeSheet(ctx as unknown as Ctx, deck("Deck v2")));
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    const sheet = excel.state.sheet("Executive Summary");
    expect(sheet.cell("A1").value).toBe("Deck v2");
    expect(sheet.charts.map((c) => c.title)).toEqual(["Demand vs supply vs capacity", "Revenue vs target"]);
    expect(sheet.charts[0]).toMatchObject({ type: "ColumnClustered", source: "Demand!A2:G4", topLeft: "D2", bottomRight: "K18" });
    // One page wide and at most 2 tall, narrow margins in points: 0.25" = 18 pt, 0.55" = 39.6 pt.
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 2 });
    const m = sheet.pageLayout.margins ?? {};
    expect([m.leftMargin, m.rightMargin, m.headerMargin, m.footerMargin]).toEqual([18, 18, 18, 18]);
    expect(m.topMargin).toBeCloseTo(39.6);
    expect(m.bottomMargin).toBeCloseTo(39.6);
    expect(excel.state.sheetNames().filter((n) => n === "Executive Summary")).toHaveLength(1);
    expect(excel.state.sheet("Demand").valuesFromA1()).toEqual(demandBefore);
  });

  it("prints a sheet with a zoom at that zoom with its page breaks, a rebuild replacing the old breaks", async () => {
    const excel = createExcelDouble();
    await scaffold(excel, fixtureSpec({ families: 2, months: 6 }));
    const zoomed = (breaks: number[]): SheetSpec => {
      const d = deck("Deck");
      return { ...d, print: { landscape: true, fitToWidth: false, scale: 47, rowBreaks: breaks, title: "Acme deck" } };
    };
    await excel.run((ctx) => writeSheet(ctx as unknown as Ctx, zoomed([1]), { position: 0 }));
    await excel.run((ctx) => writeSheet(ctx as unknown as Ctx, zoomed([1])));
    const sheet = excel.state.sheet("Executive Summary");
    // horizontalPageBreaks.add("A2") breaks the page above row 2: the 0-based row 1 starts page 2.
    expect(sheet.pageLayout.zoom).toEqual({ scale: 47 });
    expect(sheet.pageLayout.rowBreaks).toEqual([1]);
  });

  it("needs no read of its own after a scaffold on the same context", async () => {
    const excel = createExcelDouble();
    const spec = fixtureSpec({ families: 2, months: 6 });
    await excel.run(async (ctx) => {
      await readSheets(ctx as unknown as Ctx, spec.sheets.map((s) => s.name));
      await writeWorkbook(ctx as unknown as Ctx, spec);
      const report = await writeSheet(ctx as unknown as Ctx, deck("Deck"));
      expect(report.syncs).toBe(2); // read of the one missing sheet, then the write
    });
    expect(excel.stats.syncs).toBe(4);
  });

  it("reports progress after each request", async () => {
    const excel = createExcelDouble();
    const seen: [string, number, number][] = [];
    await excel.run((ctx) => writeWorkbook(ctx as unknown as Ctx, fixtureSpec({ families: 20, months: 12 }), { budgetBytes: 50_000, onProgress: (s, d, t) => seen.push([s, d, t]) }));
    expect(seen[0]).toEqual(["Read the workbook", 0, 1]);
    const writes = seen.slice(1);
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.map((w) => w[1])).toEqual(writes.map((_, i) => i + 1));
    expect(writes[writes.length - 1][1]).toBe(writes[writes.length - 1][2]);
  });
});

describe("wrapped header rows", () => {
  it("are set to the height their longest header needs, in the same write", async () => {
    const excel = createExcelDouble();
    const sheet: SheetSpec = {
      name: "Deck",
      kind: "report",
      columnWidths: [20, 12],
      cells: [
        [{ value: "Family", style: "header" }],
        // "Production plan, next 3 months" in 12 characters (10 per line): "Production" / "plan, next" / "3 months" = 3 lines = 45 pt
        [{ value: "Revenue", style: "header" }, { value: "Production plan, next 3 months", style: "header" }],
      ],
      validations: [],
      conditionalFormats: [],
      charts: [],
      protect: false,
    };
    await excel.run((ctx) => writeWorkbook(ctx as unknown as Ctx, { sheets: [sheet], names: [] }));
    expect([...excel.state.sheet("Deck").rowHeights]).toEqual([[1, 45]]);
  });
});


describe("writing what Excel documents as limits and forms", () => {
  it("gives a bare-hex tab colour its # and splits long column-width addresses under 8,192 characters", async () => {
    const excel = createExcelDouble();
    const columns = 3000;
    const sheet: SheetSpec = {
      name: "Wide",
      kind: "calc",
      tabColor: "2E75B6", // as the layout's TAB colours are written (ExcelJS takes bare hex)
      cells: [Array.from({ length: columns }, (_, c) => ({ value: c, style: "label" as const }))],
      columnWidths: Array.from({ length: columns }, (_, c) => (c % 2 === 0 ? 10 : 12)), // ~1,500 single-column groups per width
      validations: [],
      conditionalFormats: [],
      charts: [],
      protect: false,
    };
    await excel.run(async (ctx) => writeWorkbook(ctx as unknown as Ctx, { sheets: [sheet], names: [] }));
    const wide = excel.state.sheet("Wide");
    expect(wide.tabColor).toBe("#2E75B6");
    expect(wide.columnWidths.get(0)).toBeCloseTo((10 * 7 + 5) * 0.75);
    expect(wide.columnWidths.get(columns - 1)).toBeCloseTo((12 * 7 + 5) * 0.75);
  });
});

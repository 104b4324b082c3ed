/**
 * Both renderers give a cell role the same look: the same spec is written as an .xlsx (ExcelJS,
 * written to a buffer and read back) and into the recording Excel double (Office.js renderer),
 * and every styled cell's font, fill, borders, alignment, number format and lock are compared,
 * with the conditional formats and tab colours.
 *
 * Borders are compared as they are drawn: the line between two cells is the bottom of the upper
 * one or the top of the lower one (the .xlsx sets sides cell by cell; Excel draws a range's
 * edges and inside lines).
 */
import ExcelJS from "exceljs";
import { createExcelDouble, type CellFormat, type ExcelDouble } from "../doubles/excel";
import { readSheets, writeWorkbook } from "../../src/render/officejs";
import { xlsxBytes } from "../../src/render/xlsx";
import type { Cell, StyleName, WorkbookSpec } from "../../src/layout/types";
import { cellRole } from "../../src/layout/styles";
import { addr } from "../../src/layout/a1";
import { buildWorkbook } from "../../src/layout/workbook";
import { readNamedRange } from "../../src/layout/lookup";
import { sampleCycle } from "../../src/data/sample";
import { addDeck } from "../../src/deck/addDeck";
import { isSopError } from "../../src/core/errors";
import { sheet } from "./sheetSpec";

type Ctx = Excel.RequestContext;
type Side = "top" | "bottom" | "left" | "right";

/** A cell's look in renderer-neutral terms; colours "#RRGGBB" upper case, lines "weight #colour". */
interface Look {
  readonly font: {
    readonly color: string | null;
    readonly bold: boolean;
    readonly italic: boolean;
    readonly size: number;
  };
  readonly fill: string | null;
  readonly borders: Readonly<Record<Side, string | null>>;
  readonly horizontal: string;
  readonly wrap: boolean;
  readonly numberFormat: string;
  readonly locked: boolean;
}

/** A cell's own sides, before neighbours are taken into account. */
type OwnSides = Readonly<Record<Side, string | null>>;

const hex = (color: string | undefined | null): string | null => {
  if (!color) return null;
  const h = color.replace(/^#/, "").toUpperCase();
  return `#${h.length === 8 ? h.slice(2) : h}`;
};

/** What is drawn on each side of (r, c): its own side, else the facing side of its neighbour. */
function drawn(own: (r: number, c: number) => OwnSides, r: number, c: number): Record<Side, string | null> {
  const self = own(r, c);
  return {
    top: self.top ?? (r > 0 ? own(r - 1, c).bottom : null),
    bottom: self.bottom ?? own(r + 1, c).top,
    left: self.left ?? (c > 0 ? own(r, c - 1).right : null),
    right: self.right ?? own(r, c + 1).left,
  };
}

// --- the .xlsx, read back with ExcelJS ---------------------------------------------------------

async function xlsxRoundTrip(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  const bytes = await xlsxBytes(spec);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function xlsxSides(ws: ExcelJS.Worksheet, r: number, c: number): OwnSides {
  const b = ws.getCell(r + 1, c + 1).border ?? {};
  const line = (e: Partial<ExcelJS.Border> | undefined): string | null =>
    e?.style ? `${e.style} ${hex(e.color?.argb) ?? "auto"}` : null;
  return { top: line(b.top), bottom: line(b.bottom), left: line(b.left), right: line(b.right) };
}

function xlsxLook(ws: ExcelJS.Worksheet, r: number, c: number): Look {
  const cell = ws.getCell(r + 1, c + 1);
  const font: Partial<ExcelJS.Font> = cell.font ?? {};
  const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? hex(cell.fill.fgColor?.argb) : null;
  return {
    font: {
      color: hex(font.color?.argb),
      bold: font.bold ?? false,
      italic: font.italic ?? false,
      size: font.size ?? 11,
    },
    fill,
    borders: drawn((rr, cc) => xlsxSides(ws, rr, cc), r, c),
    horizontal: cell.alignment?.horizontal ?? "general",
    wrap: cell.alignment?.wrapText ?? false,
    numberFormat: cell.numFmt || "General",
    locked: cell.protection?.locked ?? true,
  };
}

// --- Excel, through the Office.js renderer and the recording double ----------------------------

async function scaffold(spec: WorkbookSpec): Promise<ExcelDouble> {
  const excel = createExcelDouble();
  await excel.run(async (ctx) => {
    await readSheets(
      ctx as unknown as Ctx,
      spec.sheets.map((s) => s.name),
    );
    await writeWorkbook(ctx as unknown as Ctx, spec);
  });
  return excel;
}

/** Office.js line weights as the .xlsx names them (both with the "Continuous" line style). */
const WEIGHTS: Record<string, string> = { Hairline: "hair", Thin: "thin", Medium: "medium", Thick: "thick" };

function officeSides(f: CellFormat): OwnSides {
  const line = (style?: string, weight?: string, color?: string): string | null =>
    style && style !== "None"
      ? `${style === "Continuous" ? (WEIGHTS[weight ?? "Thin"] ?? weight) : `${style}/${weight}`} ${hex(color) ?? "auto"}`
      : null;
  return {
    top: line(f.borderTop, f.borderTopWeight, f.borderTopColor),
    bottom: line(f.borderBottom, f.borderBottomWeight, f.borderBottomColor),
    left: line(f.borderLeft, f.borderLeftWeight, f.borderLeftColor),
    right: line(f.borderRight, f.borderRightWeight, f.borderRightColor),
  };
}

function officeLook(excel: ExcelDouble, sheet: string, r: number, c: number): Look {
  const s = excel.state.sheet(sheet);
  const view = s.cellAt(r, c);
  const f = view.format;
  return {
    font: { color: hex(f.fontColor), bold: f.bold ?? false, italic: f.italic ?? false, size: f.fontSize ?? 11 },
    fill: hex(f.fill),
    borders: drawn((rr, cc) => officeSides(s.cellAt(rr, cc).format), r, c),
    horizontal: (f.horizontalAlignment ?? "General").toLowerCase(),
    wrap: f.wrapText ?? false,
    numberFormat: view.numberFormat,
    locked: f.locked,
  };
}

// --- the comparison ----------------------------------------------------------------------------

/** Every styled cell of `spec`, as "Sheet!A1 (role)" -> look, from each renderer. */
async function looks(spec: WorkbookSpec): Promise<{ xlsx: Map<string, Look>; office: Map<string, Look> }> {
  const wb = await xlsxRoundTrip(spec);
  const excel = await scaffold(spec);
  const xlsx = new Map<string, Look>();
  const office = new Map<string, Look>();
  for (const sheet of spec.sheets) {
    const ws = wb.getWorksheet(sheet.name)!;
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const role = cell ? cellRole(cell) : undefined;
        if (!cell || (role === undefined && cell.numberFormat === undefined)) return;
        const id = `${sheet.name}!${addr(r, c)} (${role ?? "no role"})`;
        xlsx.set(id, xlsxLook(ws, r, c));
        office.set(id, officeLook(excel, sheet.name, r, c));
      }),
    );
  }
  return { xlsx, office };
}

/** ExcelJS reads conditional formats back but does not declare them on `Worksheet`. */
interface XlsxRules {
  readonly conditionalFormattings: ReadonlyArray<{
    ref: string;
    rules: ReadonlyArray<{ style?: Partial<ExcelJS.Style> }>;
  }>;
}

/** Conditional formats and tab colours of each renderer, normalised. */
async function sheetLooks(spec: WorkbookSpec): Promise<{ xlsx: unknown; office: unknown }> {
  const wb = await xlsxRoundTrip(spec);
  const excel = await scaffold(spec);
  const xlsx = spec.sheets.map((sheet) => {
    const ws = wb.getWorksheet(sheet.name)!;
    return {
      sheet: sheet.name,
      tab: hex(ws.properties.tabColor?.argb),
      rules: (ws as unknown as XlsxRules).conditionalFormattings.flatMap((cf) =>
        cf.rules.map((rule) => {
          const style = rule.style ?? {};
          const fill =
            style.fill?.type === "pattern" ? (style.fill.bgColor?.argb ?? style.fill.fgColor?.argb) : undefined;
          return { range: cf.ref, fill: hex(fill), font: hex(style.font?.color?.argb) };
        }),
      ),
    };
  });
  const office = spec.sheets.map((sheet) => {
    const s = excel.state.sheet(sheet.name);
    return {
      sheet: sheet.name,
      tab: hex(s.tabColor),
      rules: s.conditionalFormats.map((cf) => ({ range: cf.address, fill: hex(cf.fill), font: hex(cf.fontColor) })),
    };
  });
  return { xlsx, office };
}

const of = (style: StyleName, value: string | number = style, numberFormat?: string): Cell =>
  numberFormat ? { value, style, numberFormat } : { value, style };

/**
 * Every role, in the shapes that matter for borders: a block of inputs (a grid of hairlines),
 * two header rows and two total rows one above the other, a keyed cell without a style (an
 * input), a cell with only a number format, and each status.
 */
const rolesSpec: WorkbookSpec = {
  sheets: [
    sheet({
      name: "Roles",
      kind: "input",
      tabColor: "#2E75B6",
      protect: true,
      columnWidths: [20, 12, 12, 12],
      cells: [
        [of("title", "Roles")],
        [of("subtitle", "every role once")],
        [of("header", "Family"), of("header", "Jan"), of("header", "Feb"), of("header", "Mar")],
        [of("header", "(units)"), of("header", "a longer header that wraps"), of("header", "x"), of("header", "y")],
        [
          of("label", "Widgets"),
          { value: 1, style: "input", key: "k1", numberFormat: "#,##0" },
          { value: 2, style: "input", key: "k2", numberFormat: "#,##0" },
          { value: 3, style: "input", key: "k3", numberFormat: "#,##0" },
        ],
        [
          of("label", "Gadgets"),
          { value: 4, style: "input", key: "k4", numberFormat: "#,##0" },
          { value: 5, style: "input", key: "k5", numberFormat: "#,##0" },
          { value: 6, key: "k6", numberFormat: "#,##0" },
        ],
        [
          of("label", "Computed"),
          { formula: "=B5+B6", value: 5, style: "formula", numberFormat: "#,##0" },
          { formula: "=C5+C6", value: 7, numberFormat: "#,##0" },
          { value: 0.25, numberFormat: "0.0%" },
        ],
        [
          of("total", "Total"),
          { formula: "=SUM(B5:B6)", value: 5, style: "total", numberFormat: "#,##0" },
          { formula: "=SUM(C5:C6)", value: 7, style: "total", numberFormat: "#,##0" },
        ],
        [
          of("total", "Grand total"),
          { formula: "=B8", value: 5, style: "total", numberFormat: "#,##0" },
          { formula: "=C8", value: 7, style: "total", numberFormat: "#,##0" },
        ],
        [of("good", "On target"), of("watch", "Watch"), of("bad", "Off target"), of("good", 0.97, "0%")],
        [of("note", "A note under the table."), of("note", "another")],
      ],
      conditionalFormats: [
        { range: "B5:D6", formula: "=B5<0", style: "bad" },
        { range: "B7:D7", formula: "=B7>10", style: "watch" },
        { range: "B8:C9", formula: "=B8>0", style: "good" },
      ],
    }),
    sheet({
      name: "Report",
      kind: "report",
      tabColor: "#7030A0",
      cells: [[of("title", "Report")], [of("header", "KPI")]],
    }),
  ],
  names: [],
};

describe("one look in both renderers", () => {
  it("gives every cell role the same font, fill, borders, alignment, number format and lock", async () => {
    const { xlsx, office } = await looks(rolesSpec);
    expect(xlsx.size).toBe(36); // 34 styled cells on Roles, 2 on Report
    expect(office).toEqual(xlsx);
  });

  it("draws the look declared in the layout (values written here by hand)", async () => {
    const { office } = await looks(rolesSpec);
    const hair = "hair #8EA9DB";
    // Inputs: blue on light yellow, hairlines all round, unlocked.
    expect(office.get("Roles!C5 (input)")).toEqual({
      font: { color: "#0000FF", bold: false, italic: false, size: 11 },
      fill: "#FFF2CC",
      borders: { top: hair, bottom: hair, left: hair, right: hair },
      horizontal: "general",
      wrap: false,
      numberFormat: "#,##0",
      locked: false,
    });
    // A keyed cell without a style is an input too.
    expect(office.get("Roles!D6 (input)")).toEqual(office.get("Roles!C5 (input)"));
    // Headers: bold on light blue, centred, wrapped, a thin rule below; the upper header row's rule is this one's top.
    expect(office.get("Roles!B4 (header)")).toMatchObject({
      font: { color: null, bold: true, italic: false, size: 11 },
      fill: "#DDEBF7",
      borders: { top: "thin #8EA9DB", bottom: "thin #8EA9DB", left: null, right: null },
      horizontal: "center",
      wrap: true,
      locked: true,
    });
    // Totals: bold with a thin black rule above; the second total row gets its own rule.
    expect(office.get("Roles!B9 (total)")).toMatchObject({ font: { bold: true }, borders: { top: "thin #000000" } });
    expect(office.get("Roles!A11 (note)")).toMatchObject({ font: { color: "#595959", italic: true, size: 9 } });
    expect(office.get("Roles!A1 (title)")).toMatchObject({ font: { color: "#1F3864", bold: true, size: 14 } });
    expect(office.get("Roles!C10 (bad)")).toMatchObject({ font: { color: "#9C0006" }, fill: "#FFC7CE" });
  });

  it("gives the conditional formats and tab colours the same colours", async () => {
    const { xlsx, office } = await sheetLooks(rolesSpec);
    expect(office).toEqual(xlsx);
    expect(office).toEqual([
      {
        sheet: "Roles",
        tab: "#2E75B6",
        rules: [
          { range: "B5:D6", fill: "#FFC7CE", font: "#9C0006" },
          { range: "B7:D7", fill: "#FFEB9C", font: "#9C5700" },
          { range: "B8:C9", fill: "#C6EFCE", font: "#006100" },
        ],
      },
      { sheet: "Report", tab: "#7030A0", rules: [] },
    ]);
  });

  it("looks the same for the sample workbook and its deck, sheet by sheet", async () => {
    const base = buildWorkbook(sampleCycle());
    const withDeck = addDeck(base, (name) => readNamedRange(base, name));
    if (isSopError(withDeck)) throw new Error(withDeck.message);
    const { xlsx, office } = await looks(withDeck);
    expect(xlsx.size).toBeGreaterThan(1000);
    for (const name of withDeck.sheets.map((s) => s.name)) {
      const mine = (m: Map<string, Look>) => new Map([...m].filter(([id]) => id.startsWith(`${name}!`)));
      expect({ sheet: name, looks: mine(office) }).toEqual({ sheet: name, looks: mine(xlsx) });
    }
    const sheets = await sheetLooks(withDeck);
    expect(sheets.office).toEqual(sheets.xlsx);
  }, 120_000);
});

/**
 * Page setup as the .xlsx really holds it, read from its XML (not through ExcelJS's reader):
 * fully absolute print areas, landscape, one page wide, print titles, header and footer.
 */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { packSpec } from "../../../src/cli/build";
import { sampleCycle } from "../../../src/data/sample";
import { footerParts, headerFooterText, headerParts, joinParts } from "../../../src/layout/print";
import { xlsxBytes } from "../../../src/render/xlsx";
import type { WorkbookSpec } from "../../../src/layout/types";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["sheet", "definedName", "Relationship"].includes(name),
});

interface SheetXml {
  readonly name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly worksheet: Record<string, any>;
}

async function xmlOf(spec: WorkbookSpec): Promise<{ names: Array<{ name: string; sheet?: number; ref: string }>; sheets: SheetXml[] }> {
  const zip = await JSZip.loadAsync(await xlsxBytes(spec));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const read = async (p: string): Promise<Record<string, any>> => parser.parse(await zip.file(p)!.async("string"));
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const target = new Map<string, string>();
  for (const r of rels.Relationships.Relationship) target.set(r["@Id"], r["@Target"]);
  const names = (workbook.workbook.definedNames?.definedName ?? []).map((d: Record<string, string>) => ({
    name: d["@name"],
    ...(d["@localSheetId"] !== undefined ? { sheet: Number(d["@localSheetId"]) } : {}),
    ref: d["#text"],
  }));
  const sheets: SheetXml[] = [];
  for (const s of workbook.workbook.sheets.sheet) {
    const path = `xl/${target.get(s["@r:id"])!.replace(/^\/?xl\//, "")}`;
    sheets.push({ name: s["@name"], worksheet: (await read(path)).worksheet });
  }
  return { names, sheets };
}

describe("header and footer text", () => {
  it("doubles '&' and never cuts a doubled one in half", () => {
    expect(headerFooterText("AT&T", 10)).toBe("AT&&T");
    expect(headerFooterText("AT&T", 4)).toBe("AT&&");
    expect(headerFooterText("AT&T", 3)).toBe("AT");
  });

  it("stays within Excel's 255 characters, whatever the company's name", () => {
    const long = "&".repeat(400);
    const footer = joinParts(footerParts(`${long} · S&OP cycle 2026-03`));
    expect(footer.length).toBeLessThanOrEqual(255);
    // "&L" + 117 doubled "&" (234) + "&C&A" + "&RPage &P of &N" = 2 + 234 + 4 + 15 = 255.
    expect(footer).toBe(`&L${"&&".repeat(117)}&C&A&RPage &P of &N`);
    expect(joinParts(headerParts(long)).length).toBeLessThanOrEqual(255);
    expect(joinParts(headerParts("A & B"))).toBe('&C&"-,Bold"A && B');
  });
});

describe("the pack's page setup, read from the .xlsx's XML", () => {
  const data = sampleCycle();
  const spec = packSpec(data, true, (t) => {
    throw new Error(t);
  });
  let xml: Awaited<ReturnType<typeof xmlOf>>;
  beforeAll(async () => {
    xml = await xmlOf(spec);
  });

  it("writes the deck's print area fully absolute", () => {
    const deckRows = spec.sheets[0].print?.area?.match(/\$(\d+)$/)?.[1];
    const areas = xml.names.filter((n) => n.name === "_xlnm.Print_Area");
    expect(areas).toEqual([{ name: "_xlnm.Print_Area", sheet: 0, ref: `'Executive Summary'!$A$1:$I$${deckRows}` }]);
    for (const a of areas) expect(a.ref).toMatch(/^'[^']+'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
  });

  it("repeats each sheet's frozen header rows on every page", () => {
    const titles = new Map(xml.names.filter((n) => n.name === "_xlnm.Print_Titles").map((n) => [n.sheet, n.ref]));
    const index = (name: string): number => xml.sheets.findIndex((s) => s.name === name);
    // Title, subtitle, a blank row and the header row (rows 1-4) on the data sheets; 2 rows on Gaps.
    expect(titles.get(index("Demand"))).toBe("'Demand'!$1:$4");
    expect(titles.get(index("Settings"))).toBe("'Settings'!$1:$4");
    expect(titles.get(index("Gaps"))).toBe("'Gaps'!$1:$2");
    expect(titles.has(index("Executive Summary"))).toBe(false);
    expect(titles.size).toBe(spec.sheets.length - 1);
  });

  it("prints every sheet landscape, one page wide, with the company, cycle and page in the footer", () => {
    expect(xml.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    for (const s of xml.sheets) {
      const w = s.worksheet;
      const footer = String(w.headerFooter.oddFooter);
      expect([s.name, footer]).toEqual([s.name, "&LNorthwind Pumps && Valves · S&&OP cycle 2026-03&C&A&RPage &P of &N"]);
      expect(footer.length).toBeLessThanOrEqual(255);
      if (s.name === "Executive Summary") continue;
      // The others run one page wide and as many pages tall as their rows need.
      expect([s.name, w.pageSetup["@orientation"], w.pageSetup["@fitToWidth"], w.pageSetup["@fitToHeight"]]).toEqual([s.name, "landscape", "1", "0"]);
      expect([s.name, w.sheetPr?.pageSetUpPr?.["@fitToPage"]]).toEqual([s.name, "1"]);
    }
    const deck = xml.sheets[0].worksheet;
    expect(String(deck.headerFooter.oddHeader)).toBe('&C&"-,Bold"Northwind Pumps && Valves: S&&OP executive summary, 2026-03');
  });

  it("prints the Executive Summary at the layout's zoom with its page break, which fitting to pages would void", () => {
    const print = spec.sheets[0].print;
    const deck = xml.sheets[0].worksheet;
    expect(deck.pageSetup["@orientation"]).toBe("landscape");
    expect(deck.pageSetup["@scale"]).toBe(String(print?.scale));
    expect(deck.sheetPr?.pageSetUpPr?.["@fitToPage"]).not.toBe("1");
    // <brk id="n"> breaks the page under 1-based row n: the second page starts at the layout's 0-based row n.
    expect(print?.rowBreaks).toHaveLength(1);
    expect(deck.rowBreaks["@manualBreakCount"]).toBe("1");
    expect(deck.rowBreaks.brk["@id"]).toBe(String(print?.rowBreaks?.[0]));
    expect(deck.rowBreaks.brk["@man"]).toBe("1");
  });

  it("gives the Executive Summary narrow margins and the other sheets Excel's normal ones", () => {
    const margins = (w: Record<string, Record<string, string>>): number[] =>
      ["left", "right", "top", "bottom", "header", "footer"].map((k) => Number(w.pageMargins[`@${k}`]));
    expect(margins(xml.sheets[0].worksheet)).toEqual([0.25, 0.25, 0.55, 0.55, 0.25, 0.25]);
    for (const s of xml.sheets.slice(1)) expect([s.name, ...margins(s.worksheet)]).toEqual([s.name, 0.7, 0.7, 0.75, 0.75, 0.3, 0.3]);
  });
});

describe("the KPIs sheet's definitions and periods print whole, read from the .xlsx's XML", () => {
  const spec = packSpec(sampleCycle(), true, (t) => {
    throw new Error(t);
  });
  const arrays = new Set(["sheet", "Relationship", "row", "c", "xf", "si", "col"]);
  const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, isArray: (n) => arrays.has(n) });

  it("wraps each definition within its column and makes its row tall enough for every line", async () => {
    const zip = await JSZip.loadAsync(await xlsxBytes(spec));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const read = async (p: string): Promise<Record<string, any>> => xmlParser.parse(await zip.file(p)!.async("string"));
    const workbook = await read("xl/workbook.xml");
    const rels = await read("xl/_rels/workbook.xml.rels");
    const sheet = workbook.workbook.sheets.sheet.find((s: Record<string, string>) => s["@name"] === "KPIs");
    const target = rels.Relationships.Relationship.find((r: Record<string, string>) => r["@Id"] === sheet["@r:id"])["@Target"];
    const ws = (await read(`xl/${String(target).replace(/^\/?xl\//, "")}`)).worksheet;
    const xfs = (await read("xl/styles.xml")).styleSheet.cellXfs.xf;
    const shared = ((await read("xl/sharedStrings.xml")).sst?.si ?? []).map((si: Record<string, unknown>) =>
      typeof si.t === "object" ? String((si.t as Record<string, unknown>)["#text"]) : String(si.t),
    );
    // Column K (the definition) is 80 characters wide in the sheet's <cols>.
    const colK = ws.cols.col.find((c: Record<string, string>) => Number(c["@min"]) <= 11 && Number(c["@max"]) >= 11);
    const width = Number(colK["@width"]);
    let checked = 0;
    for (const row of ws.sheetData.row) {
      for (const c of row.c ?? []) {
        if (!/^K\d+$/.test(c["@r"]) || c["@t"] !== "s") continue;
        const text: string = shared[Number(c.v)];
        if (!text.includes("Period:") && !text.startsWith("WAPE of the lag-1")) continue;
        checked++;
        // Wrapped, so it never runs into the columns beyond K (which print nothing).
        expect([c["@r"], xfs[Number(c["@s"])].alignment?.["@wrapText"]]).toEqual([c["@r"], "1"]);
        // Tall enough: a 9-pt note fits about width x 0.9 x 11/9 characters a line (words kept
        // whole, so at least that many lines) at 15 x 9/11 points a line.
        const perLine = Math.floor(width * 0.9 * (11 / 9));
        const lines = Math.ceil(text.length / perLine);
        if (lines > 1) {
          expect([c["@r"], row["@customHeight"]]).toEqual([c["@r"], "1"]);
          expect(Number(row["@ht"])).toBeGreaterThanOrEqual(lines * 15 * (9 / 11));
        }
      }
    }
    // The twelve KPIs, the tracking signal and the value added row.
    expect(checked).toBe(14);
  });
});

/**
 * Native charts in the headless .xlsx, read from the package's XML: the chart parts, the
 * drawing that anchors them, the sheet's reference to it and the content types; each series'
 * references and its cached values.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { packSpec } from "../../../src/cli/build";
import { sampleCycle } from "../../../src/data/sample";
import { xlsxBytes } from "../../../src/render/xlsx";
import type { SheetSpec, WorkbookSpec } from "../../../src/layout/types";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["Relationship", "Override", "c:ser", "c:pt", "xdr:twoCellAnchor", "sheet"].includes(name),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Xml = Record<string, any>;

async function open(spec: WorkbookSpec): Promise<{ zip: JSZip; read: (p: string) => Promise<Xml>; text: (p: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(await xlsxBytes(spec));
  const text = async (p: string): Promise<string> => {
    const f = zip.file(p);
    if (f === null) throw new Error(`no part ${p}`);
    return f.async("string");
  };
  return { zip, text, read: async (p) => parser.parse(await text(p)) };
}

const resolve = (from: string, target: string): string => {
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
};
const relsOf = (part: string): string => resolve(part, `_rels/${part.split("/").pop()}.rels`);

/** The chart parts a worksheet part reaches: sheet -> drawing rel -> drawing -> chart rels. */
async function chartsOf(pkg: Awaited<ReturnType<typeof open>>, sheetPart: string): Promise<{ drawing: Xml; charts: Xml[]; parts: string[] }> {
  const sheet = await pkg.text(sheetPart);
  const rid = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
  expect(rid).toBeDefined();
  const sheetRels = (await pkg.read(relsOf(sheetPart))).Relationships.Relationship as Xml[];
  const drawingRel = sheetRels.find((r) => r["@Id"] === rid)!;
  expect(drawingRel["@Type"]).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing");
  const drawingPart = resolve(sheetPart, drawingRel["@Target"]);
  const drawing = await pkg.read(drawingPart);
  const rels = (await pkg.read(relsOf(drawingPart))).Relationships.Relationship as Xml[];
  const parts: string[] = [];
  const charts: Xml[] = [];
  for (const anchor of drawing["xdr:wsDr"]["xdr:twoCellAnchor"] as Xml[]) {
    const id = anchor["xdr:graphicFrame"]["a:graphic"]["a:graphicData"]["c:chart"]["@r:id"];
    const rel = rels.find((r) => r["@Id"] === id)!;
    expect(rel["@Type"]).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart");
    const part = resolve(drawingPart, rel["@Target"]);
    parts.push(part);
    charts.push(await pkg.read(part));
  }
  return { drawing, charts, parts: [drawingPart, ...parts] };
}

const points = (cache: Xml): Array<[string, string]> =>
  ((cache["c:pt"] ?? []) as Xml[]).map((p) => [p["@idx"], String(p["c:v"])]);

function sheet(name: string, cells: SheetSpec["cells"], charts: SheetSpec["charts"] = []): SheetSpec {
  return { name, kind: "report", cells, columnWidths: [], validations: [], conditionalFormats: [], charts, protect: false };
}

describe("native charts in the .xlsx", () => {
  // Chart data on its own sheet, a blank value, and a name that needs quoting and escaping.
  const data = sheet("Data & more", [
    [{ value: "Month" }, { value: "Jan" }, { value: "Feb" }, { value: "Mar" }],
    [{ value: "Sold" }, { value: 10, numberFormat: "#,##0" }, { value: 12.5 }, { value: 9 }],
    [{ value: "Made" }, { value: 11 }, null, { value: 7 }],
  ]);
  const deck = sheet("Deck", [[{ value: "title" }]], [
    { title: "Sold <and> made", type: "line", sourceRange: "'Data & more'!$A$1:$D$3", topLeft: "B3", bottomRight: "F12" },
    { title: "Stacked", type: "columnStacked", sourceRange: "'Data & more'!$A$1:$D$2", topLeft: "G3", bottomRight: "H12" },
  ]);
  const spec: WorkbookSpec = { sheets: [deck, data], names: [] };

  it("writes each declared chart with its references, cached values and place", async () => {
    const pkg = await open(spec);
    const { drawing, charts } = await chartsOf(pkg, "xl/worksheets/sheet1.xml");
    const [anchor1, anchor2] = drawing["xdr:wsDr"]["xdr:twoCellAnchor"] as Xml[];
    // B3 is column 1, row 2 (0-based); the chart ends at the top of row 12 (index 11), right edge of F (index 6).
    expect([anchor1["xdr:from"]["xdr:col"], anchor1["xdr:from"]["xdr:row"], anchor1["xdr:to"]["xdr:col"], anchor1["xdr:to"]["xdr:row"]]).toEqual(["1", "2", "6", "11"]);
    expect([anchor2["xdr:from"]["xdr:col"], anchor2["xdr:to"]["xdr:col"]]).toEqual(["6", "8"]);

    const line = charts[0]["c:chartSpace"]["c:chart"];
    expect(line["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"]).toBe("Sold <and> made");
    const [sold, made] = line["c:plotArea"]["c:lineChart"]["c:ser"] as Xml[];
    expect(sold["c:tx"]["c:strRef"]["c:f"]).toBe("'Data & more'!$A$2");
    expect(points(sold["c:tx"]["c:strRef"]["c:strCache"])).toEqual([["0", "Sold"]]);
    expect(sold["c:cat"]["c:strRef"]["c:f"]).toBe("'Data & more'!$B$1:$D$1");
    expect(points(sold["c:cat"]["c:strRef"]["c:strCache"])).toEqual([["0", "Jan"], ["1", "Feb"], ["2", "Mar"]]);
    expect(sold["c:val"]["c:numRef"]["c:f"]).toBe("'Data & more'!$B$2:$D$2");
    expect(sold["c:val"]["c:numRef"]["c:numCache"]["c:formatCode"]).toBe("#,##0");
    expect(points(sold["c:val"]["c:numRef"]["c:numCache"])).toEqual([["0", "10"], ["1", "12.5"], ["2", "9"]]);
    expect(made["c:val"]["c:numRef"]["c:f"]).toBe("'Data & more'!$B$3:$D$3");
    // The blank February has no point; the count still says three.
    expect(made["c:val"]["c:numRef"]["c:numCache"]["c:ptCount"]["@val"]).toBe("3");
    expect(points(made["c:val"]["c:numRef"]["c:numCache"])).toEqual([["0", "11"], ["2", "7"]]);

    const bar = charts[1]["c:chartSpace"]["c:chart"]["c:plotArea"]["c:barChart"];
    expect([bar["c:barDir"]["@val"], bar["c:grouping"]["@val"], bar["c:overlap"]["@val"]]).toEqual(["col", "stacked", "100"]);
    expect((bar["c:ser"] as Xml[]).map((s) => s["c:tx"]["c:strRef"]["c:f"])).toEqual(["'Data & more'!$A$2"]);
  });

  it("keeps the schema's element order in a series and declares every part's content type", async () => {
    const pkg = await open(spec);
    const chart = await pkg.text("xl/charts/chart1.xml");
    const ser = /<c:ser>(.*?)<\/c:ser>/.exec(chart)![1];
    const order = [...ser.matchAll(/<c:(\w+)[ >/]/g)].map((m) => m[1]).filter((t) => ["idx", "order", "tx", "spPr", "marker", "cat", "val", "smooth"].includes(t));
    expect([...new Set(order)]).toEqual(["idx", "order", "tx", "spPr", "marker", "cat", "val", "smooth"]);
    const types = (await pkg.read("[Content_Types].xml")).Types.Override as Xml[];
    const typeOf = new Map(types.map((o) => [o["@PartName"], o["@ContentType"]]));
    expect(typeOf.get("/xl/charts/chart1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(typeOf.get("/xl/charts/chart2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(typeOf.get("/xl/drawings/drawing1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    // The <drawing> element closes the worksheet, after the page setup (CT_Worksheet's order).
    expect(await pkg.text("xl/worksheets/sheet1.xml")).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
    // The sheet without charts has no drawing.
    expect(await pkg.text("xl/worksheets/sheet2.xml")).not.toContain("<drawing");
  });

  it("leaves a workbook without charts as ExcelJS wrote it, and one with charts readable by ExcelJS", async () => {
    const plain = await JSZip.loadAsync(await xlsxBytes({ sheets: [data], names: [] }));
    expect(Object.keys(plain.files).filter((f) => /chart|drawing/.test(f))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    const bytes = await xlsxBytes(spec);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Deck", "Data & more"]);
    expect(wb.getWorksheet("Data & more")!.getCell("C2").value).toBe(12.5);
  });

  it("gives the sample pack's deck its two charts over the appendix's chart data", async () => {
    const pack = packSpec(sampleCycle(), true, (t) => {
      throw new Error(t);
    });
    const pkg = await open(pack);
    const wb = (await pkg.read("xl/workbook.xml")).workbook.sheets.sheet as Xml[];
    expect(wb[0]["@name"]).toBe("Executive Summary");
    const { charts, parts } = await chartsOf(pkg, "xl/worksheets/sheet1.xml");
    expect(parts).toEqual(["xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    const deckSheet = pack.sheets[0];
    const titles = charts.map((c) => c["c:chartSpace"]["c:chart"]["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"]);
    expect(titles).toEqual(deckSheet.charts.map((c) => c.title));
    const line = charts[0]["c:chartSpace"]["c:chart"]["c:plotArea"]["c:lineChart"]["c:ser"] as Xml[];
    const bars = charts[1]["c:chartSpace"]["c:chart"]["c:plotArea"]["c:barChart"]["c:ser"] as Xml[];
    expect(line.map((s) => s["c:tx"]["c:strRef"]["c:strCache"]["c:pt"][0]["c:v"])).toEqual(["Demand", "Production plan", "Production capacity"]);
    expect(bars.map((s) => s["c:tx"]["c:strRef"]["c:strCache"]["c:pt"][0]["c:v"])).toEqual(["Revenue (plan)", "Revenue target"]);
    // The sample's revenue target is 3,900,000 a month (src/data/sample.ts): 18 plan months of it.
    const target = points(bars[1]["c:val"]["c:numRef"]["c:numCache"]);
    expect(target).toHaveLength(18);
    for (const [, v] of target) expect(Number(v)).toBe(3_900_000);
    // References stay on the deck sheet, inside its appendix (below the printed summary).
    const printedRows = Number(/\$(\d+)$/.exec(deckSheet.print!.area!)![1]);
    for (const s of [...line, ...bars]) {
      const m = /^'Executive Summary'!\$B\$(\d+):\$S\$(\d+)$/.exec(s["c:val"]["c:numRef"]["c:f"]);
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThan(printedRows);
    }
  });
});

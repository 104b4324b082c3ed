/**
 * Native Excel charts for the headless pack. ExcelJS 4.4 writes no charts, so the renderer adds
 * the chart parts to the package its streaming writer writes, from the same `ChartSpec`s the
 * Office.js renderer turns into `worksheet.charts.add` calls: one DrawingML chart part per chart
 * (xl/charts/chartN.xml), one drawing part per sheet that anchors them to their cells
 * (xl/drawings/drawingN.xml and its relationships), the sheet's `<drawing r:id>` and the content
 * types.
 *
 * Native charts rather than pictures: a chart part references the sheet's own cells, so it
 * stays live (type a number in the appendix's chart data and the chart follows), Excel and
 * LibreOffice both draw it (and print it into the PDF pre-read), and it is the same object
 * "Build executive deck" makes in Excel. Each series also carries a cache of the values and
 * labels the cells hold, so a viewer that neither recalculates nor reads the cells (a
 * previewer, a mail client) still draws it.
 *
 * The XML follows ECMA-376 Part 1: §21.2.2 (DrawingML charts: chartSpace > chart > plotArea >
 * lineChart | barChart with ser (idx, order, tx, cat, val), then catAx and valAx, each child in
 * the schema's sequence order), §20.5 (SpreadsheetML drawing: wsDr > twoCellAnchor > from, to,
 * graphicFrame > a:graphic > c:chart r:id) and §12.3 (part content types and relationship
 * types). CT_Worksheet places `<drawing>` after headerFooter / rowBreaks / colBreaks /
 * customProperties / cellWatches / ignoredErrors / smartTags and before legacyDrawing,
 * legacyDrawingHF, picture, oleObjects, controls, webPublishItems, tableParts and extLst.
 */
import type { Cell, ChartSpec, SheetSpec, WorkbookSpec } from "../../layout/types";
import { abs, parseRef, quoteSheetName } from "../../layout/a1";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The series colours (the deck's palette: navy, orange, grey, green). */
const SERIES_COLORS: ReadonlyArray<string> = ["1F4E79", "ED7D31", "7F7F7F", "70AD47", "4472C4", "FFC000"];

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One series of a chart: its name cell, its values row, and what those cells hold. */
export interface ChartSeries {
  readonly nameRef: string;
  readonly name: string;
  readonly valuesRef: string;
  readonly values: ReadonlyArray<number | null>;
}

/** A chart resolved against its sheet's cells: references and their cached contents. */
export interface ResolvedChart {
  readonly spec: ChartSpec;
  readonly categoriesRef: string;
  readonly categories: ReadonlyArray<string>;
  readonly series: ReadonlyArray<ChartSeries>;
  /** The number format of the values (the first value cell's), for the value axis. */
  readonly numberFormat: string;
}

function cellAt(sheet: SheetSpec, row: number, col: number): Cell | null {
  return sheet.cells[row]?.[col] ?? null;
}

function cellText(c: Cell | null): string {
  const v = c?.value;
  return v === null || v === undefined ? "" : String(v);
}

function cellNumber(c: Cell | null): number | null {
  const v = c?.value;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/**
 * Resolves a chart's source range as `ChartSpec` declares it (series in rows, first column the
 * series names, first row the categories) against the cells of the sheet it lives on.
 */
export function resolveChart(chart: ChartSpec, host: SheetSpec, sheets: ReadonlyArray<SheetSpec>): ResolvedChart {
  const hasSheet = chart.sourceRange.includes("!");
  const ref = parseRef(hasSheet ? chart.sourceRange : `${quoteSheetName(host.name)}!${chart.sourceRange}`);
  const source = hasSheet ? sheets.find((s) => s.name === ref.sheet) : host;
  if (source === undefined) throw new Error(`chart "${chart.title}": no sheet named ${ref.sheet}`);
  const prefix = `${quoteSheetName(source.name)}!`;
  const span = (row: number): string => `${prefix}${abs(row, ref.c1 + 1)}:${abs(row, ref.c2)}`;
  const cols = Array.from({ length: ref.c2 - ref.c1 }, (_, i) => ref.c1 + 1 + i);
  const series: ChartSeries[] = [];
  for (let row = ref.r1 + 1; row <= ref.r2; row++) {
    series.push({
      nameRef: `${prefix}${abs(row, ref.c1)}`,
      name: cellText(cellAt(source, row, ref.c1)),
      valuesRef: span(row),
      values: cols.map((c) => cellNumber(cellAt(source, row, c))),
    });
  }
  return {
    spec: chart,
    categoriesRef: span(ref.r1),
    categories: cols.map((c) => cellText(cellAt(source, ref.r1, c))),
    series,
    numberFormat: cellAt(source, ref.r1 + 1, ref.c1 + 1)?.numberFormat ?? "General",
  };
}

function strRef(f: string, values: ReadonlyArray<string>): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: ReadonlyArray<number | null>, format: string): string {
  // A blank cell has no <c:pt> (CT_NumData: points are optional; ptCount gives the length).
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return (
    `<c:numRef><c:f>${escapeXml(f)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

function seriesXml(r: ResolvedChart, s: ChartSeries, i: number, line: boolean): string {
  const color = SERIES_COLORS[i % SERIES_COLORS.length];
  const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  // CT_LineSer: idx, order, tx, spPr, marker, ..., cat, val, smooth. CT_BarSer: idx, order, tx, spPr, invertIfNegative, ..., cat, val.
  const spPr = line
    ? `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>`
    : `<c:spPr>${fill}</c:spPr>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.nameRef, [s.name])}</c:tx>${spPr}` +
    (line ? '<c:marker><c:symbol val="none"/></c:marker>' : '<c:invertIfNegative val="0"/>') +
    `<c:cat>${strRef(r.categoriesRef, r.categories)}</c:cat><c:val>${numRef(s.valuesRef, s.values, r.numberFormat)}</c:val>` +
    (line ? '<c:smooth val="0"/>' : "") +
    "</c:ser>"
  );
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** Text properties (CT_TextBody): size in hundredths of a point, rotation in 60,000ths of a degree. */
function textProps(size: number, rotation = 0): string {
  const body = rotation === 0 ? "<a:bodyPr/>" : `<a:bodyPr rot="${rotation}" vert="horz"/>`;
  return `<c:txPr>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

/** The chart part (xl/charts/chartN.xml) of one resolved chart. */
export function chartXml(r: ResolvedChart): string {
  const line = r.spec.type === "line";
  const series = r.series.map((s, i) => seriesXml(r, s, i, line)).join("");
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`
    : `<c:barChart><c:barDir val="col"/><c:grouping val="${r.spec.type === "columnStacked" ? "stacked" : "clustered"}"/>` +
      `<c:varyColors val="0"/>${series}<c:gapWidth val="80"/>` +
      (r.spec.type === "columnStacked" ? '<c:overlap val="100"/>' : "") +
      `${axIds}</c:barChart>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeXml(r.spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>';
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>' +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/>${textProps(800, -2700000)}<c:crossAx val="${VAL_AX}"/>` +
    '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    '<c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    `<c:numFmt formatCode="${escapeXml(r.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(900)}<c:crossAx val="${CAT_AX}"/>` +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(900)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function marker(tag: "from" | "to", row: number, col: number): string {
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/**
 * The drawing part of a sheet: each chart anchored from its top-left cell's corner to the top of
 * its bottom-right cell's row, at that cell's right edge; the last row stays a gap between the
 * chart and the section below (LibreOffice sizes the rows of larger titles after placing the
 * chart, so a chart reaching the next section's row can cover its title).
 */
export function drawingXml(charts: ReadonlyArray<ChartSpec>): string {
  const anchors = charts.map((c, i) => {
    const from = parseRef(`X!${c.topLeft}`);
    const to = parseRef(`X!${c.bottomRight}`);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from.r1, from.c1)}${marker("to", to.r1, to.c1 + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.title)}"/>` +
      '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`
  );
}

interface Rel {
  readonly id: string;
  readonly type: string;
  /** As it appears in the XML (escaped). */
  readonly target: string;
}

function relsXml(rels: ReadonlyArray<Rel>): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`);
  return XML_HEAD + `<Relationships xmlns="${NS_PKG_RELS}">${items.join("")}</Relationships>`;
}

/** The parts a workbook's charts add to its package, and the drawing each sheet with charts refers to. */
export interface ChartPackage {
  /** Part name (as the package's zip holds it) and XML of each chart, drawing and drawing relationships part. */
  readonly parts: ReadonlyArray<{ readonly name: string; readonly xml: string }>;
  /** The `<Override>` content types of those parts, for [Content_Types].xml. */
  readonly contentTypes: string;
  /** By sheet index: the sheet's relationship to its drawing part (type and target). */
  readonly drawings: ReadonlyMap<number, { readonly type: string; readonly target: string }>;
}

/**
 * The chart parts of every chart the sheets of `spec` declare: one chart part each
 * (xl/charts/chartN.xml, numbered across the workbook), one drawing part per sheet with charts
 * (xl/drawings/drawingN.xml) with its relationships, and their content types.
 */
export function chartPackage(spec: WorkbookSpec): ChartPackage {
  const parts: Array<{ name: string; xml: string }> = [];
  const overrides: string[] = [];
  const drawings = new Map<number, { type: string; target: string }>();
  let chartNo = 1;
  spec.sheets.forEach((sheet, index) => {
    if (sheet.charts.length === 0) return;
    const drawingNo = drawings.size + 1;
    const chartRels = sheet.charts.map((c, i) => {
      const no = chartNo++;
      parts.push({ name: `xl/charts/chart${no}.xml`, xml: chartXml(resolveChart(c, sheet, spec.sheets)) });
      overrides.push(`<Override PartName="/xl/charts/chart${no}.xml" ContentType="${CT_CHART}"/>`);
      return { id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${no}.xml` };
    });
    parts.push({ name: `xl/drawings/drawing${drawingNo}.xml`, xml: drawingXml(sheet.charts) });
    parts.push({ name: `xl/drawings/_rels/drawing${drawingNo}.xml.rels`, xml: relsXml(chartRels) });
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/>`);
    drawings.set(index, { type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` });
  });
  return { parts, contentTypes: overrides.join(""), drawings };
}

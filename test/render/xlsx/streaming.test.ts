/**
 * The renderer writes with ExcelJS's streaming writer. Its package holds exactly what ExcelJS's
 * in-memory writer writes for the same workbook (inMemoryReference.ts), part by part and byte
 * for byte: every sheet's XML (cells with their style indexes, formulas, cached values, columns,
 * row heights, panes, protection, conditional formats, validations, page setup, header and
 * footer, in CT_Worksheet's order), the styles, the shared strings, the workbook with its names
 * and print areas, and the relationships. What differs, by design: the streaming writer leaves
 * out the optional `<dimension>` element and the total reference count of the shared strings
 * (both optional in ECMA-376), document properties carry their time, and the charts the
 * in-memory writer cannot write are added (charts.test.ts checks them).
 */
import JSZip from "jszip";
import { packSpec } from "../../../src/cli/build";
import { sampleCycle } from "../../../src/data/sample";
import type { WorkbookSpec } from "../../../src/layout/types";
import { xlsxBytes } from "../../../src/render/xlsx";
import { inMemoryXlsx } from "./inMemoryReference";
import { sheet } from "../sheetSpec";

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (file !== null) out.set(name.replace(/^\//, ""), await file.async("string"));
  }
  return out;
}

/** A part with what may differ between the writers taken out. */
function normalise(name: string, xml: string): string {
  let x = xml.replace(/^(<\?xml[^>]*\?>)\s*/, "$1");
  if (name.endsWith(".rels")) x = x.replace(/>\s+</g, "><").replace(/<Relationship [^>]*\/(drawing|chart)"[^>]*\/>/g, "");
  if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) x = x.replace(/<dimension ref="[^"]*"\/>/, "").replace(/<drawing r:id="[^"]*"\/>/, "");
  if (name === "xl/sharedStrings.xml") x = x.replace(/ count="\d+"/, "");
  if (name === "[Content_Types].xml") x = x.replace(/<Override PartName="\/xl\/(charts|drawings)\/[^"]*" ContentType="[^"]*"\/>/g, "");
  return x;
}

const compared = (name: string): boolean => !/^(docProps\/|xl\/charts\/|xl\/drawings\/)/.test(name);

async function expectSamePackage(spec: WorkbookSpec): Promise<void> {
  const streamed = await parts(await xlsxBytes(spec));
  const reference = await parts(await inMemoryXlsx(spec));
  const names = (m: Map<string, string>): string[] => [...m.keys()].filter(compared).filter((n) => !/sheet\d+\.xml\.rels$/.test(n) || normalise(n, m.get(n)!).includes("<Relationship "));
  expect(names(streamed)).toEqual(names(reference));
  for (const name of names(reference)) {
    expect({ name, xml: normalise(name, streamed.get(name)!) }).toEqual({ name, xml: normalise(name, reference.get(name)!) });
  }
}

describe("the streaming writer's package", () => {
  it("is the in-memory writer's for the sample company's pack", async () => {
    await expectSamePackage(packSpec(sampleCycle(), true, (t) => {
      throw new Error(t);
    }));
  });

  it("is the in-memory writer's for every feature the layout uses", async () => {
    await expectSamePackage({
      sheets: [
        sheet({
          name: "Plan data",
          kind: "input",
          tabColor: "#1F4E79",
          protect: true,
          columnWidths: [24, 12, 12],
          freeze: { rows: 1, columns: 1 },
          print: { landscape: true, fitToWidth: true, title: "Plan & targets", footer: "Northwind", area: "A1:C10", titleRows: 1, narrowMargins: true },
          cells: [
            [{ value: "Family", style: "header" }, { value: "Production plan, next 3 months", style: "header" }],
            [{ value: "Widgets", style: "label" }, { value: 100, style: "input", key: "k|W|1", numberFormat: "#,##0" }],
            [{ value: "Total", style: "total" }, { formula: "=SUM(B2:C2)", value: 220, style: "total", numberFormat: "#,##0" }],
            [{ formula: "=SOP.FORECASTBIAS(B2:C2,B2:C2)", value: 0, numberFormat: "0.0%" }, { formula: "=1/0", value: "#DIV/0!" }, { formula: "=B2>50", value: true }, { formula: "=A1", value: "Family" }],
            [],
            [null, { style: "input", key: "blank" }, { style: "input", key: "blank2" }],
          ],
          validations: [
            { kind: "decimal", range: "B2:C2", min: 0 },
            { kind: "list", range: "D2:D9", values: ["Open", "In progress", "Closed"] },
            { kind: "list", range: "G2:G9", values: Array.from({ length: 60 }, (_, i) => `Family number ${i + 1}`) },
          ],
          conditionalFormats: [{ range: "B2:C2", formula: "=B2<0", style: "bad" }, { range: "C3", formula: "=C3>0", style: "good" }],
        }),
        sheet({ name: "KPIs", protect: true, cells: [[{ value: "KPIs", style: "title" }], [{ value: 0.93, style: "good", numberFormat: "0%" }]] }),
        sheet({
          name: "More lists",
          cells: [[{ value: "x" }]],
          validations: [{ kind: "list", range: "A2:A9", values: Array.from({ length: 80 }, (_, i) => `Owner ${i + 1}`) }],
        }),
      ],
      names: [{ name: "SOP_Demand", ref: "'Plan data'!$B$2:$C$2" }],
    });
  });
});

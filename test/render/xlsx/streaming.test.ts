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
import { featureSpec } from "./featureSpec";
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
    const [plan, kpis] = featureSpec.sheets;
    await expectSamePackage({
      ...featureSpec,
      sheets: [
        { ...plan, print: { ...plan.print!, footer: "Northwind", titleRows: 1, narrowMargins: true } },
        { ...kpis, protect: true },
        sheet({
          name: "More lists",
          cells: [[{ value: "x" }]],
          validations: [{ kind: "list", range: "A2:A9", values: Array.from({ length: 80 }, (_, i) => `Owner ${i + 1}`) }],
        }),
      ],
    });
  });
});

/**
 * Empty cells on Excel desktop. Excel on the web passes an empty cell of a range argument to a
 * custom function as null; Excel on desktop passes 0 (OfficeDev/office-js#4702). The KPIs and
 * the Plan archive tables pass the ranges whose blanks mean "not known" through
 * `IF(ISBLANK(r),"",r)`, so both hosts give the same numbers. HyperFormula plays each host
 * (test/layout/support/engine.ts, `loadEngine(spec, "desktop")`).
 *
 * The cycle: the hand archive's families A and B (actual sales 2025-10 .. 2026-03 in
 * support/handArchive.ts), lag-1 plans archived for 2026-01 .. 2026-03 only (so the consensus of
 * 2025-10 .. 2025-12 is blank), B's 2026-01 plan without a sales override (a blank cell), and
 * production:
 *
 * | family | month | actual | planned |
 * |---|---|---|---|
 * | A | 2026-02 | 120 | 110 |
 * | A | 2026-03 | 90 | 100 |
 * | B | 2026-03 | 60 | 50 |
 *
 * Plan adherence = sum(actual) / sum(planned) over the months with both = 270 / 260. With A's
 * 2026-03 actual cleared (planned production carried from the Supply sheet, actual not typed
 * yet): (120 + 60) / (110 + 50) = 180 / 160 = 1.125; had the empty cell counted as 0 (desktop,
 * without the wrap): 180 / 260.
 *
 * Lag-1 accuracy of the consensus (Plan archive; consensus = override if any, else baseline): A 95, 125, 88 vs 100, 120, 90 (errors 5, 5, 2); B 45, 37, 70
 * vs 50, 40, 60 (errors 5, 3, 10). WAPE = 30 / 460, accuracy = 1 - 30 / 460 = 43 / 46.
 */
import JSZip from "jszip";
import { ArchiveRow, CycleData } from "../../src/core/model";
import { KPI_DEFS } from "../../src/core/plan-model/kpis";
import { keys } from "../../src/layout/keys";
import { buildWorkbook } from "../../src/layout/workbook";
import { sampleCycle } from "../../src/data/sample";
import { FIRST_ROW } from "../../src/layout/geometry";
import { CellValue, WorkbookSpec } from "../../src/layout/types";
import { xlsxBytes } from "../../src/render/xlsx";
import { loadEngine, mismatches, type Engine, type Host } from "./support/engine";
import { archiveRow, handArchiveCycle } from "./support/handArchive";

const row = (family: string, target: string, baseline: number, override: number | null): ArchiveRow =>
  archiveRow(target, family, target, {
    baseline,
    override,
    reason: override === null ? null : "Other",
    consensus: override ?? baseline,
  });

const data: CycleData = handArchiveCycle(
  [
    row("A", "2026-01", 110, 95),
    row("A", "2026-02", 110, 125),
    row("A", "2026-03", 95, 88),
    row("B", "2026-01", 45, null),
    row("B", "2026-02", 46, 37),
    row("B", "2026-03", 57, 70),
  ],
  undefined,
  {
    productionActuals: [
      { family: "A", month: "2026-02", quantity: 120, planned: 110 },
      { family: "A", month: "2026-03", quantity: 90, planned: 100 },
      { family: "B", month: "2026-03", quantity: 60, planned: 50 },
    ],
  },
);
const spec = buildWorkbook(data);

const sheet = (s: WorkbookSpec, name: string) => s.sheets.find((x) => x.name === name)!;
/** (row, col) of the cell with `key` on `name`. */
function keyed(name: string, key: string): [number, number] {
  const cells = sheet(spec, name).cells;
  for (let r = 0; r < cells.length; r++) {
    const c = cells[r].findIndex((x) => x?.key === key);
    if (c >= 0) return [r, c];
  }
  throw new Error(`no cell ${key} on ${name}`);
}
/** (row, col) of a KPI's value on the KPIs sheet (column C of its row). */
const kpiCell = (id: string): [number, number] => [FIRST_ROW + KPI_DEFS.findIndex((d) => d.id === id), 2];

function withEngine<T>(host: Host, work: (e: Engine) => T): T {
  const e = loadEngine(spec, host);
  try {
    return work(e);
  } finally {
    e.destroy();
  }
}

/** Every formula cell of the KPIs sheet as the engine computes it. */
function kpisSheet(e: Engine): CellValue[][] {
  return sheet(spec, "KPIs").cells.map((cells, r) =>
    cells.map((c, col) => (c?.formula === undefined ? null : e.value("KPIs", r, col))),
  );
}

describe("empty cells mean 'not known' on Excel desktop as on the web", () => {
  it("the hand-calculated plan adherence and forecast accuracy are the cached values", () => {
    expect(sheet(spec, "KPIs").cells[kpiCell("PLANADHERENCE")[0]][2]?.value).toBeCloseTo(270 / 260, 9);
    const lag1 = sheet(spec, "KPIs")
      .cells.flat()
      .find((c) => c?.formula?.startsWith("=SOP.LAGACCURACY(") && c.formula.endsWith(",SOP_ArchiveLag,1)"));
    expect(lag1?.value).toBeCloseTo(43 / 46, 9);
  });

  it("recalculates every formula to its cached value with desktop's 0 for an empty cell", () => {
    withEngine("desktop", (e) => expect(mismatches(spec, e)).toEqual([]));
  });

  it("the sample workbook (open orders with blank delivery dates, a partial Production sheet) recalculates to its cached values as desktop passes blanks", () => {
    const sample = buildWorkbook(sampleCycle());
    const e = loadEngine(sample, "desktop");
    try {
      expect(mismatches(sample, e)).toEqual([]);
    } finally {
      e.destroy();
    }
  });

  it("gives the KPIs sheet cell for cell the same values on both hosts", () => {
    const web = withEngine("web", kpisSheet);
    const desktop = withEngine("desktop", kpisSheet);
    expect(desktop).toEqual(web);
  });

  it("skips a month whose actual production is cleared beside its planned production (1.125, not 180 / 260)", () => {
    const [r, c] = keyed("Production", keys.production("quantity", "A", "2026-03"));
    const [kr, kc] = kpiCell("PLANADHERENCE");
    for (const host of ["web", "desktop"] as const) {
      withEngine(host, (e) => {
        e.set("Production", r, c, null);
        expect(e.value("KPIs", kr, kc)).toBeCloseTo(1.125, 9);
      });
    }
  });

  it("the emulation bites: the same formula without the wrap reads the empty cell as 0 on desktop", () => {
    const [r, c] = keyed("Production", keys.production("quantity", "A", "2026-03"));
    const [kr, kc] = kpiCell("PLANADHERENCE");
    const formula = sheet(spec, "KPIs").cells[kr][kc]!.formula!;
    const unwrapped = formula.replace(/IF\(ISBLANK\(([^)]+)\),"",\1\)/g, "$1");
    expect(unwrapped).not.toEqual(formula);
    const values = (host: Host): number =>
      withEngine(host, (e) => {
        e.set("Production", r, c, null);
        e.set("KPIs", kr, kc, unwrapped);
        return e.value("KPIs", kr, kc) as number;
      });
    expect(values("web")).toBeCloseTo(1.125, 9);
    expect(values("desktop")).toBeCloseTo(180 / 260, 9);
  });
});

describe("the file stores a formula that passes a range through the wrap as a single-cell array formula", () => {
  it('t="array" with the cell itself as ref on the KPI cells, not on a plain formula', async () => {
    const zip = await JSZip.loadAsync(await xlsxBytes(spec));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const rid = /<sheet [^>]*name="KPIs"[^>]*r:id="([^"]+)"/.exec(book)![1];
    const target =
      new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
    const [kr] = kpiCell("PLANADHERENCE");
    const ref = `C${kr + 1}`;
    const cell = new RegExp(`<c r="${ref}"[^>]*>(.*?)</c>`).exec(xml)?.[1] ?? "";
    expect(cell).toMatch(new RegExp(`^<f t="array" ref="${ref}">[^<]*IF\\(ISBLANK\\(`));
    // the KPI's status beside it compares numbers only: a plain formula
    const plain = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f( [^>]*)?>([^<]*)<\/f>/g)].filter(
      (m) => !m[3].includes("ISBLANK("),
    );
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((m) => m[2] === undefined || !m[2].includes('t="array"'))).toBe(true);
  });
});

/**
 * The plan archive: scaffolding the next cycle month appends the cycle being left (its baseline,
 * overrides, consensus and naive forecast as the workbook showed them), and no rebuild ever
 * loses an archived row: four consecutive cycle months keep every snapshot, a typed reason stays,
 * a family taken off Families keeps its archive rows.
 */
import { sampleCycle } from "../../src/data/sample";
import { CycleData } from "../../src/core/model";
import { keys } from "../../src/layout/keys";
import { RebuildReport, planRebuild } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { readCycleData } from "../../src/layout/cycle";
import { ARCHIVE_SHEET } from "../../src/layout/archive";
import { WorkbookSpec } from "../../src/layout/types";
import { keyedCells, valuesOf } from "./support/spec";

const base: CycleData = { ...sampleCycle(), planArchive: [] };
const at = (month: string): CycleData => ({ ...base, config: { ...base.config, cycleMonth: month } });

/** The values of one measure of the Demand sheet by "family|month" (first block of each family). */
function demandRow(spec: WorkbookSpec, label: string): Map<string, number> {
  const demand = spec.sheets.find((s) => s.name === "Demand")!;
  const header = demand.cells[3].map((c) => c?.value);
  const out = new Map<string, number>();
  let family = "";
  for (const row of demand.cells) {
    const a = row[0]?.value;
    if (typeof a === "string" && a !== "") family = a;
    if (row[1]?.value !== label) continue;
    row.forEach((c, j) => {
      const k = `${family}|${String(header[j])}`;
      if (j >= 2 && typeof c?.value === "number" && !out.has(k)) out.set(k, c.value);
    });
  }
  return out;
}

describe("the plan archive across four consecutive cycle months", () => {
  const months = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07"];
  const specs: WorkbookSpec[] = [buildWorkbook(at(months[0]))];
  const reports: RebuildReport[] = [];
  for (let i = 1; i < months.length; i++) {
    const { spec, report } = planRebuild({ values: valuesOf(specs[i - 1]) }, at(months[i]));
    specs.push(spec);
    reports.push(report);
  }

  it("archives the cycle being left: its baseline, override and consensus for each of its plan months, and its naive forecast", () => {
    const first = specs[0];
    const archived = keyedCells(specs[1]);
    const baseline = demandRow(first, "Statistical baseline");
    const consensus = demandRow(first, "Consensus demand");
    const actual = demandRow(first, "Actual sales");
    for (const fam of base.config.families.map((f) => f.name)) {
      for (const m of ["2026-03", "2026-08", "2027-08"]) {
        expect(archived.get(keys.archive("2026-03", m, "baseline", fam))?.value).toBe(baseline.get(`${fam}|${m}`));
        expect(archived.get(keys.archive("2026-03", m, "consensus", fam))?.value).toBe(consensus.get(`${fam}|${m}`));
        // the naive forecast: the last actual known in cycle 2026-03, that of 2026-02
        expect(archived.get(keys.archive("2026-03", m, "naive", fam))?.value).toBe(actual.get(`${fam}|2026-02`));
      }
    }
    // the sample's override (if any) is archived with the cycle
    for (const o of base.overrides)
      expect(archived.get(keys.archive("2026-03", o.month, "override", o.family))?.value).toBe(o.quantity);
  });

  it("keeps every archived snapshot through every later rebuild, none of it on Kept inputs", () => {
    for (let i = 1; i < specs.length; i++) {
      const before = [...keyedCells(specs[i])].filter(([k]) => k.startsWith("Archive|"));
      for (let j = i + 1; j < specs.length; j++) {
        const later = keyedCells(specs[j]);
        for (const [k, c] of before) expect([k, later.get(k)?.value]).toEqual([k, c.value]);
      }
    }
    // (values of months leaving the windows, an old actual or supply plan, go to Kept inputs as before)
    for (const r of reports) {
      expect(r.toKept.filter((f) => f.key.startsWith("Archive|"))).toEqual([]);
      expect(r.notes).toEqual([]);
    }
  });

  it("keeps what was planned for a month at each lag: 2026-06 has the plans of cycles 03 to 06 (lags 4, 3, 2, 1)", () => {
    const last = specs[specs.length - 1].sheets.find((s) => s.name === ARCHIVE_SHEET)!;
    const fam = base.config.families[0].name;
    const rows = last.cells.filter((r) => r[1]?.value === fam && r[2]?.value === "2026-06");
    expect(rows.map((r) => [r[0]?.value, r[3]?.value])).toEqual([
      ["2026-03", 4],
      ["2026-04", 3],
      ["2026-05", 2],
      ["2026-06", 1],
    ]);
    // 5 families x 18 plan months per cycle left, four cycles
    expect(last.cells.length - 4).toBe(4 * 5 * 18);
  });
});

describe("rebuilding keeps the archive's typed values", () => {
  const first = buildWorkbook(at("2026-03"));
  const rolled = planRebuild({ values: valuesOf(first) }, at("2026-04")).spec;
  const fam = base.config.families[1].name;

  it("keeps a reason and comment typed on an archive row", () => {
    const values = valuesOf(rolled);
    const sheet = values.get(ARCHIVE_SHEET)!;
    const r = sheet.findIndex((row) => row[1] === fam && row[2] === "2026-05");
    sheet[r][8] = "Promotion";
    sheet[r][9] = "spring campaign";
    const { spec, report } = planRebuild({ values }, at("2026-04"));
    const cells = keyedCells(spec);
    expect(cells.get(keys.archive("2026-03", "2026-05", "reason", fam))?.value).toBe("Promotion");
    expect(cells.get(keys.archive("2026-03", "2026-05", "comment", fam))?.value).toBe("spring campaign");
    expect(report.toKept).toEqual([]);
    // and the workbook's cycle data holds them (for the CSV export)
    const row = readCycleData(valuesOf(spec))!.planArchive!.find(
      (a) => a.family === fam && a.targetMonth === "2026-05" && a.cycleMonth === "2026-03",
    );
    expect([row?.reason, row?.comment]).toEqual(["Promotion", "spring campaign"]);
  });

  it("keeps the archive rows of a family taken off Families", () => {
    const fewer: CycleData = {
      ...at("2026-04"),
      config: { ...at("2026-04").config, families: base.config.families.filter((f) => f.name !== fam) },
    };
    const { spec, report } = planRebuild({ values: valuesOf(rolled) }, fewer);
    const before = [...keyedCells(rolled)].filter(([k]) => k.startsWith("Archive|") && k.endsWith(`|${fam}`));
    expect(before.length).toBeGreaterThan(0);
    const after = keyedCells(spec);
    for (const [k, c] of before) expect(after.get(k)?.value).toBe(c.value);
    expect(report.toKept.filter((f) => f.key.startsWith("Archive|"))).toEqual([]);
  });

  it("keeps the lags typed on Settings", () => {
    const values = valuesOf(rolled);
    const settings = values.get("Settings")!;
    const r = settings.findIndex((row) => row[0] === "Accuracy lags");
    settings[r][1] = 2;
    const { spec, report } = planRebuild({ values }, at("2026-04"));
    expect(keyedCells(spec).get(keys.accuracyLags())?.value).toBe(2);
    expect(report.toKept).toEqual([]);
  });
});

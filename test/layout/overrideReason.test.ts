/**
 * Override discipline on the Demand sheet: beside each family's sales override, an "Override
 * reason" row (the validated list of reason codes) and an "Override comment" row, input cells a
 * rebuild keeps (Kept inputs when the family goes), flagged in the watch style while an override
 * has no reason, and archived with the override when the next cycle month is scaffolded.
 */
import { CycleData } from "../../src/core/model";
import { sampleCycle } from "../../src/data/sample";
import { formatIssue, importCycle } from "../../src/io";
import { KEPT_SHEET } from "../../src/layout/harvest";
import { keys } from "../../src/layout/keys";
import { planRebuild } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { ARCHIVE_SHEET } from "../../src/layout/archive";
import { isUnlocked } from "../../src/layout/styles";
import { CellValue, SheetSpec, Validation } from "../../src/layout/types";
import { keyedCells, valuesOf } from "./support/spec";
import { minimal } from "../io/minimalCycle";

/** The reason codes as issue 14 lists them. */
const REASONS = ["Promotion", "Customer order", "New customer", "Market intelligence", "Supply constraint", "Other"];

/**
 * A hand-made cycle: one family (Seats), cycle 2026-03, 12 history months, 18 plan months, an
 * override of 120 in 2026-04. Demand by hand: totals block rows 5-12 (title, 6 measures, a
 * blank), the Seats block from row 13: 14 actual, 15 baseline, 16 80 % low, 17 80 % high,
 * 18 sales override, 19 override reason, 20 override comment; history in C:N, plan 2026-03 in
 * O to 2027-08 in AF.
 */
function handMade(): CycleData {
  const r = importCycle(minimal({ "overrides.csv": "family,month,quantity\nSeats,2026-04,120\n" }));
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
  return r.data;
}
const sheet = (s: { sheets: ReadonlyArray<SheetSpec> }, name: string): SheetSpec => s.sheets.find((x) => x.name === name)!;

describe("the Demand sheet's override reason and comment rows", () => {
  const spec = buildWorkbook(handMade());
  const demand = sheet(spec, "Demand");

  it("sit right below the sales override, as unlocked input cells over the plan months", () => {
    expect([17, 18, 19].map((r) => demand.cells[r][1]?.value)).toEqual([
      "Sales override",
      "Override reason",
      "Override comment",
    ]);
    // O19 and AF20 (0-based rows 18, 19; columns 14, 31), the reason and comment of 2026-03 and 2027-08
    expect(demand.cells[18][14]).toMatchObject({ key: keys.overrideNote("reason", "Seats", "2026-03"), style: "input" });
    expect(demand.cells[19][31]).toMatchObject({ key: keys.overrideNote("comment", "Seats", "2027-08"), style: "input" });
    expect(isUnlocked(demand.cells[18][14]!)).toBe(true);
    // none in history months (N19 is 2026-02)
    expect(demand.cells[18][13]?.key).toBeUndefined();
  });

  it("validate the reason against the declared list, the same list as the Plan archive's", () => {
    const lists = demand.validations.filter((v): v is Extract<Validation, { kind: "list" }> => v.kind === "list");
    expect(lists).toEqual([{ kind: "list", range: "$O$19:$AF$19", values: REASONS }]);
    const archiveList = sheet(buildWorkbook(sampleCycle()), ARCHIVE_SHEET).validations.find((v) => v.kind === "list");
    expect(archiveList).toMatchObject({ values: REASONS });
    // the override row keeps its number validation, and only it
    expect(demand.validations.filter((v) => v.kind === "decimal")).toEqual([{ kind: "decimal", range: "$O$18:$AF$18", min: 0 }]);
  });

  it("flag an override typed without a reason in the watch style", () => {
    // one rule over the blocks' plan columns (rows 13-26): at O19 it reads $B19 = "Override reason", O18 <> "", O19 = ""
    expect(demand.conditionalFormats).toContainEqual({
      range: "O13:AF26",
      formula: '=AND($B13="Override reason",O12<>"",O13="")',
      style: "watch",
    });
  });
});

describe("a rebuild keeps the reason and comment", () => {
  const data = sampleCycle();
  const fam = data.config.families[1].name;
  const month = "2026-06";
  const first = buildWorkbook(data);
  const values = valuesOf(first);
  const cells = keyedCells(first);
  const typeAt = (key: string, v: CellValue): void => {
    const at = cells.get(key)!;
    values.get(at.sheet)![at.row][at.col] = v;
  };
  typeAt(keys.override(fam, month), 777);
  typeAt(keys.overrideNote("reason", fam, month), "Market intelligence");
  typeAt(keys.overrideNote("comment", fam, month), "competitor recall");

  it("in place on the same cycle, and on a longer horizon", () => {
    for (const horizon of [18, 20]) {
      const { spec, report } = planRebuild({ values }, { ...data, config: { ...data.config, horizonMonths: horizon } });
      const after = keyedCells(spec);
      expect(after.get(keys.overrideNote("reason", fam, month))?.value).toBe("Market intelligence");
      expect(after.get(keys.overrideNote("comment", fam, month))?.value).toBe("competitor recall");
      expect(report.toKept).toEqual([]);
    }
  });

  it("on Kept inputs with the override when the family is taken off, and back when it returns", () => {
    const fewer: CycleData = { ...data, config: { ...data.config, families: data.config.families.filter((f) => f.name !== fam) } };
    const { spec, report } = planRebuild({ values }, fewer);
    const moved = new Map(report.toKept.map((f) => [f.key, f.value]));
    expect(moved.get(keys.override(fam, month))).toBe(777);
    expect(moved.get(keys.overrideNote("reason", fam, month))).toBe("Market intelligence");
    expect(moved.get(keys.overrideNote("comment", fam, month))).toBe("competitor recall");
    const kept = new Map(sheet(spec, KEPT_SHEET).cells.slice(4).map((r) => [r[0]?.value, r[2]?.value]));
    expect(kept.get(keys.overrideNote("reason", fam, month))).toBe("Market intelligence");
    const back = keyedCells(planRebuild({ values: valuesOf(spec) }, data).spec);
    expect(back.get(keys.overrideNote("reason", fam, month))?.value).toBe("Market intelligence");
    expect(back.get(keys.overrideNote("comment", fam, month))?.value).toBe("competitor recall");
  });
});

describe("rolling the cycle archives the reason and comment", () => {
  it("takes the archived row's override_reason and override_comment from the Demand cells (hand-made workbook)", () => {
    const data = handMade();
    const values = valuesOf(buildWorkbook(data));
    // typed as a planner would: O19 blank (2026-03), P19 "Promotion", P20 a comment (2026-04)
    const demand = values.get("Demand")!;
    demand[18][15] = "Promotion";
    demand[19][15] = "spring campaign";
    // a comment without an override in 2026-05 (Q20) is archived too
    demand[19][16] = "waiting for the price list";
    const next: CycleData = { ...data, config: { ...data.config, cycleMonth: "2026-04" } };
    const { spec } = planRebuild({ values }, next);
    const archived = keyedCells(spec);
    const at = (target: string, field: string): unknown => archived.get(keys.archive("2026-03", target, field, "Seats"))?.value;
    expect([at("2026-04", "override"), at("2026-04", "reason"), at("2026-04", "comment")]).toEqual([
      120,
      "Promotion",
      "spring campaign",
    ]);
    expect([at("2026-05", "reason"), at("2026-05", "comment")]).toEqual([null, "waiting for the price list"]);
    expect([at("2026-03", "override"), at("2026-03", "reason"), at("2026-03", "comment")]).toEqual([null, null, null]);
    // the new cycle's Demand sheet still shows 2026-04's reason and comment (a plan month still)
    expect(archived.get(keys.overrideNote("reason", "Seats", "2026-04"))?.value).toBe("Promotion");
  });

  it("archives the sample's overrides with the reasons they were given", () => {
    const data = sampleCycle();
    const { spec } = planRebuild(
      { values: valuesOf(buildWorkbook(data)) },
      { ...data, config: { ...data.config, cycleMonth: "2026-04" } },
    );
    const archived = keyedCells(spec);
    const o = data.overrides[0];
    expect(archived.get(keys.archive("2026-03", o.month, "reason", o.family))?.value).toBe("Customer order");
    expect(archived.get(keys.archive("2026-03", o.month, "comment", o.family))?.value).toBe("framework order announced");
  });
});

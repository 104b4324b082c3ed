/**
 * The Supply sheet's "Safety stock by family" table, below the summaries by family: per family
 * the lead time, sigma of the monthly forecast error from the Plan archive and from the history,
 * the sigma used with its source, and the safety stock the family's block shows. The rule (lag 1,
 * at least 6 archived errors, why): src/core/plan-model/archiveErrors.ts; the cached values come
 * from the core, the cells are native formulas, so typing an actual or an archived consensus
 * moves them. Columns (family f, row r):
 * - Lead time = Families lead time, else 1.
 * - Archived errors at lag 1 = SUMPRODUCT((SOP_ArchiveFamily = family) x (SOP_ArchiveLag = 1) x
 *   ISNUMBER(SOP_ArchiveError)).
 * - Sigma, archive = SQRT(SUMPRODUCT((family) x (lag 1), SOP_ArchiveError, SOP_ArchiveError) /
 *   errors) (SUMPRODUCT counts the "" of a row without an error as 0); "" without an error.
 * - History months = COUNT(Demand diff row of the history); sigma, history = SQRT(SUMSQ(diff) /
 *   months); "" without a month.
 * - Sigma used = the archive's with at least 6 errors, else the history's; the source in words.
 * - Safety stock = NORM.S.INV(service level) x sigma used x SQRT(lead time); "" without sigma.
 */
import {
  MIN_ARCHIVE_ERRORS,
  SIGMA_COLS,
  SIGMA_HEADERS,
  SIGMA_LAG,
  SigmaCol,
  sigmaRow,
} from "../../core/plan-model/archiveErrors";
import { SUPPLY_POLICY_FIELDS } from "../../core/schema";
import { abs, addr, range } from "../a1";
import { FIRST_ROW, SETTINGS_VALUE_COL, demandCol, demandRow, supplySigmaRow, supplySigmaTitle } from "../geometry";
import { FMT } from "../formats";
import { SheetGrid } from "../grid";
import { NAMES } from "../names";
import { BuildContext } from "./context";
import { SUPPLY_POLICY_ROWS, familyPolicyCol } from "./setup";

/** Column of a table column (A holds the family). */
export const sigmaCol = (c: SigmaCol): number => 1 + SIGMA_COLS.indexOf(c);

const FORMATS: Readonly<Record<SigmaCol, string | undefined>> = {
  leadTime: "0.##",
  archiveErrors: "0",
  archiveSigma: FMT.units,
  historyMonths: "0",
  historySigma: FMT.units,
  sigma: FMT.units,
  source: undefined,
  safetyStock: FMT.units,
};

/** Writes the table into the Supply grid. */
export function sigmaTable(g: SheetGrid, ctx: BuildContext): void {
  const { inputs, plan, geo } = ctx;
  const H = geo.history;
  const top = supplySigmaTitle(geo);
  g.value(
    top,
    0,
    `Safety stock by family: sigma of the monthly forecast error from the Plan archive (lag ${SIGMA_LAG}, at least ${MIN_ARCHIVE_ERRORS} errors), else from the history`,
    "header",
  );
  g.value(top + 1, 0, "Family", "header");
  SIGMA_COLS.forEach((c) => g.value(top + 1, sigmaCol(c), SIGMA_HEADERS[c], "header"));
  const fb = SUPPLY_POLICY_FIELDS;
  const sl = `Settings!${abs(SUPPLY_POLICY_ROWS.serviceLevel, SETTINGS_VALUE_COL)}`;
  inputs.config.families.forEach((fam, f) => {
    const r = supplySigmaRow(geo, f);
    const at = (c: SigmaCol): string => addr(r, sigmaCol(c));
    const lt = `Families!${abs(FIRST_ROW + f, familyPolicyCol("leadTimeMonths"))}`;
    const mine = `(${NAMES.archiveFamily}=$A${r + 1})*(${NAMES.archiveLag}=${SIGMA_LAG})`;
    const diff =
      H === 0
        ? null
        : `Demand!${range(demandRow(f, "diff"), demandCol(0), demandRow(f, "diff"), demandCol(H - 1), true)}`;
    const formulas: Readonly<Record<SigmaCol, string>> = {
      leadTime: `=IF(ISNUMBER(${lt}),${lt},${fb.leadTimeMonths.fallback})`,
      archiveErrors: `=SUMPRODUCT(${mine}*ISNUMBER(${NAMES.archiveError}))`,
      archiveSigma: `=IF(${at("archiveErrors")}=0,"",SQRT(SUMPRODUCT(${mine},${NAMES.archiveError},${NAMES.archiveError})/${at("archiveErrors")}))`,
      historyMonths: diff === null ? "=0" : `=COUNT(${diff})`,
      historySigma:
        diff === null ? `=""` : `=IF(${at("historyMonths")}=0,"",SQRT(SUMSQ(${diff})/${at("historyMonths")}))`,
      sigma: `=IF(${at("archiveErrors")}>=${MIN_ARCHIVE_ERRORS},${at("archiveSigma")},${at("historySigma")})`,
      source: `=IF(${at("archiveErrors")}>=${MIN_ARCHIVE_ERRORS},"archive, "&${at("archiveErrors")}&" errors at lag ${SIGMA_LAG}",IF(${at("historyMonths")}>0,"history, "&${at("historyMonths")}&" months","none"))`,
      safetyStock: `=IF(${at("sigma")}="","",NORM.S.INV(IF(ISNUMBER(${sl}),${sl},${fb.serviceLevel.fallback}))*${at("sigma")}*SQRT(${at("leadTime")}))`,
    };
    const s = plan.families[f].supply;
    const values = sigmaRow(s.sigma, inputs.supplyPolicy.families[f].leadTimeMonths, s.safetyStock[0] ?? null);
    g.value(r, 0, fam.name, "label");
    for (const c of SIGMA_COLS) g.formula(r, sigmaCol(c), formulas[c], values[c], FORMATS[c]);
  });
  g.value(
    supplySigmaRow(geo, geo.families),
    0,
    `Sigma = root mean square of actual - consensus: the Plan archive's consensus errors at lag ${SIGMA_LAG} (the plan made in the month's own cycle) when it holds at least ${MIN_ARCHIVE_ERRORS} for the family, else the Demand sheet's history diff. Safety stock = NORM.S.INV(service level) x sigma x SQRT(lead time): lag ${SIGMA_LAG} errors scaled to the lead time.`,
    "note",
  );
}

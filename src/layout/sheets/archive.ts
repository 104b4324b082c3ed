/**
 * The Plan archive sheet: one row per earlier cycle, family and target month, as the plan was
 * published (naive forecast of the time, statistical baseline, sales override with its reason
 * and comment, consensus: input cells; the sheet is protected like Pipeline), with the lag (1 = planned in the target month's own cycle), the
 * actual (looked up on Actuals; "" while the month is not history, or out of its window), the
 * sales forecast (the override, else the baseline) and the consensus error (actual - consensus,
 * "" unless both are numbers: the safety stock's sigma, src/core/plan-model/archiveErrors.ts);
 * then the family's Families price, the actual revenue (actual x price) and the revenue error
 * (consensus error x price) of the rows with an error: Finance's revenue accuracy by lag
 * (src/core/plan-model/revenueAccuracy.ts). Scaffolding the next cycle month appends the cycle
 * being left (src/layout/rebuild.ts); SOP.LAGACCURACY, SOP.LAGBIAS and SOP.LAGWAPE on the KPIs
 * sheet, the Supply sheet's sigma and Finance's revenue accuracy read its columns through the
 * SOP_Archive* names.
 */
import { OVERRIDE_REASONS } from "../../core/schema";
import { archivedActual, consensusError } from "../../core/plan-model/archiveErrors";
import { valueArchiveRow } from "../../core/plan-model/revenueAccuracy";
import { addr, range } from "../a1";
import { ARCHIVE_SHEET, ArchiveEntry } from "../archive";
import { FIRST_MONTH_COL, FIRST_ROW, HEADER_ROW, familyCol } from "../geometry";
import { FMT, TAB, WIDTH } from "../formats";
import { SheetGrid } from "../grid";
import { keys } from "../keys";
import { NAMES } from "../names";
import { NamedRange, SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, tableHeader, titleRows } from "./common";

/** The archive's columns, in sheet order; a rebuild finds each by its header. */
export const ARCHIVE_COLS = [
  "cycle",
  "family",
  "target",
  "lag",
  "actual",
  "naive",
  "baseline",
  "override",
  "reason",
  "comment",
  "sales",
  "consensus",
  "error",
  "price",
  "actualRevenue",
  "revenueError",
] as const;
export type ArchiveCol = (typeof ARCHIVE_COLS)[number];
export const ARCHIVE_HEADERS: Readonly<Record<ArchiveCol, string>> = {
  cycle: "Cycle month",
  family: "Family",
  target: "Target month",
  lag: "Lag",
  actual: "Actual",
  naive: "Naive (last actual)",
  baseline: "Statistical baseline",
  override: "Sales override",
  reason: "Override reason",
  comment: "Override comment",
  sales: "Sales forecast",
  consensus: "Consensus",
  error: "Consensus error",
  price: "Price",
  actualRevenue: "Actual revenue",
  revenueError: "Revenue error",
};
export const archiveCol = (c: ArchiveCol): number => ARCHIVE_COLS.indexOf(c);

/** The columns the KPIs' lag functions read, by name (SOP_ArchiveActual...). */
export const ARCHIVE_NAMES = {
  family: NAMES.archiveFamily,
  lag: NAMES.archiveLag,
  actual: NAMES.archiveActual,
  naive: NAMES.archiveNaive,
  baseline: NAMES.archiveBaseline,
  sales: NAMES.archiveSales,
  consensus: NAMES.archiveConsensus,
  reason: NAMES.archiveReason,
  error: NAMES.archiveError,
  actualRevenue: NAMES.archiveActualRevenue,
  revenueError: NAMES.archiveRevenueError,
} as const;

const sheetRef = `'${ARCHIVE_SHEET}'`;

/** The names of the archive's columns over its rows (one blank row when the archive is empty). */
export function archiveNames(rows: number): NamedRange[] {
  const last = FIRST_ROW + Math.max(rows, 1) - 1;
  return (Object.keys(ARCHIVE_NAMES) as Array<keyof typeof ARCHIVE_NAMES>).map((c) => ({
    name: ARCHIVE_NAMES[c],
    ref: `${sheetRef}!${range(FIRST_ROW, archiveCol(c), last, archiveCol(c), true)}`,
  }));
}

/** The actual of an archive row from the cycle's Actuals ("" when not history or out of the window). */
export function archiveActual(ctx: BuildContext, e: ArchiveEntry): number | "" {
  const v = archivedActual(ctx.inputs, e.family, e.targetMonth);
  return v === null ? "" : v;
}

/** The sales forecast of an archive row: the override, else the baseline. */
export const salesForecast = (e: ArchiveEntry): number | null => e.override ?? e.baseline;

export function archiveSheet(ctx: BuildContext): SheetSpec {
  const { config: cfg, history } = ctx.inputs;
  const g = new SheetGrid(ARCHIVE_SHEET);
  titleRows(
    g,
    "Plan archive",
    cycleSubtitle(
      cfg,
      "what each earlier cycle planned per family and target month; scaffolding the next cycle month adds the cycle being left",
    ),
  );
  tableHeader(
    g,
    ARCHIVE_COLS.map((c) => ARCHIVE_HEADERS[c]),
  );
  const F = Math.max(cfg.families.length, 1);
  const H = Math.max(history.length, 1);
  const grid = `Actuals!${range(FIRST_ROW, FIRST_MONTH_COL, FIRST_ROW + F - 1, FIRST_MONTH_COL + H - 1, true)}`;
  const names = `Actuals!${range(FIRST_ROW, 0, FIRST_ROW + F - 1, 0, true)}`;
  const months = `Actuals!${range(HEADER_ROW, FIRST_MONTH_COL, HEADER_ROW, FIRST_MONTH_COL + H - 1, true)}`;
  const familyNames = `Families!${range(FIRST_ROW, familyCol("name"), FIRST_ROW + F - 1, familyCol("name"), true)}`;
  const familyPrices = `Families!${range(FIRST_ROW, familyCol("price"), FIRST_ROW + F - 1, familyCol("price"), true)}`;
  ctx.archive.forEach((e, i) => {
    const r = FIRST_ROW + i;
    const at = (c: ArchiveCol): string => addr(r, archiveCol(c), { absCol: true });
    const key = (field: string): string => keys.archive(e.cycleMonth, e.targetMonth, field, e.family);
    g.value(r, archiveCol("cycle"), e.cycleMonth, "label", FMT.text);
    g.value(r, archiveCol("family"), e.family, "label");
    g.value(r, archiveCol("target"), e.targetMonth, "label", FMT.text);
    // The lag follows from the row's two months (a value: the row's identity, written by the layout).
    g.value(r, archiveCol("lag"), e.lag, "formula", "0");
    const [fm, tm] = [`MATCH(${at("family")},${names},0)`, `MATCH(${at("target")},${months},0)`];
    const look = `INDEX(${grid},${fm},${tm})`;
    g.formula(
      r,
      archiveCol("actual"),
      `=IF(AND(ISNUMBER(${fm}),ISNUMBER(${tm})),IF(${look}="","",${look}),"")`,
      archiveActual(ctx, e),
      FMT.units,
    );
    g.input(r, archiveCol("naive"), key("naive"), e.naive, FMT.units);
    g.input(r, archiveCol("baseline"), key("baseline"), e.baseline, FMT.units);
    g.input(r, archiveCol("override"), key("override"), e.override, FMT.units);
    g.input(r, archiveCol("reason"), key("reason"), e.reason);
    g.input(r, archiveCol("comment"), key("comment"), e.comment);
    g.formula(
      r,
      archiveCol("sales"),
      `=IF(${at("override")}="",IF(${at("baseline")}="","",${at("baseline")}),${at("override")})`,
      salesForecast(e),
      FMT.units,
    );
    g.input(r, archiveCol("consensus"), key("consensus"), e.consensus, FMT.units);
    g.formula(
      r,
      archiveCol("error"),
      `=IF(AND(ISNUMBER(${at("actual")}),ISNUMBER(${at("consensus")})),${at("actual")}-${at("consensus")},"")`,
      consensusError(archivedActual(ctx.inputs, e.family, e.targetMonth), e.consensus),
      FMT.units,
    );
    const valued = valueArchiveRow(ctx.inputs, e);
    const priceAt = `MATCH(${at("family")},${familyNames},0)`;
    g.formula(
      r,
      archiveCol("price"),
      `=IF(ISNUMBER(${priceAt}),INDEX(${familyPrices},${priceAt}),"")`,
      valued.price,
      FMT.ratio,
    );
    g.formula(
      r,
      archiveCol("actualRevenue"),
      `=IF(AND(ISNUMBER(${at("error")}),ISNUMBER(${at("price")})),${at("actual")}*${at("price")},"")`,
      valued.actualRevenue,
      FMT.currency,
    );
    g.formula(
      r,
      archiveCol("revenueError"),
      `=IF(ISNUMBER(${at("actualRevenue")}),${at("error")}*${at("price")},"")`,
      valued.revenueError,
      FMT.currency,
    );
  });
  if (ctx.archive.length > 0) {
    const last = FIRST_ROW + ctx.archive.length - 1;
    g.validations.push(
      { kind: "decimal", range: range(FIRST_ROW, archiveCol("naive"), last, archiveCol("override"), true), min: 0 },
      {
        kind: "decimal",
        range: range(FIRST_ROW, archiveCol("consensus"), last, archiveCol("consensus"), true),
        min: 0,
      },
      {
        kind: "list",
        range: range(FIRST_ROW, archiveCol("reason"), last, archiveCol("reason"), true),
        values: OVERRIDE_REASONS,
      },
    );
  }
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [12, WIDTH.family, 12, 6, 11, 12, 12, 12, 20, WIDTH.wide, 12, 12, 12, 10, 14, 14],
    freeze: { rows: HEADER_ROW + 1, columns: 3 },
    protect: true,
  });
}

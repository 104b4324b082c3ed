/**
 * The sales override's value added by reason, on the KPIs sheet below the FVA stairstep: for each
 * override reason code, over the Plan archive's rows at the first lag with that reason and an
 * actual, the WAPE of the statistical baseline and of the sales forecast (the override, else the
 * baseline), and what the override added in points (baseline WAPE - sales WAPE, x 100; positive =
 * the overrides given for that reason made the plan more accurate); blank while none is measured. SOP.LAGWAPE's filter column
 * is the archive's reason column (SOP_ArchiveReason). The SOP_FVAByReason name covers the rows.
 */
import { blankAware } from "../../core/blankAware";
import { isSopError } from "../../core/errors";
import { OVERRIDE_REASONS } from "../../core/schema";
import { LAGWAPE, evaluate } from "../../core/sop";
import { addr, range } from "../a1";
import { ArchiveEntry } from "../archive";
import { FMT } from "../formats";
import { SheetGrid } from "../grid";
import { NAMES } from "../names";
import { CellValue, NamedRange } from "../types";
import { BuildContext } from "./context";
import { archiveActual, salesForecast } from "./archive";

export const BY_REASON_HEADERS = [
  "Override reason",
  "Archived plans with an actual",
  "WAPE statistical",
  "WAPE sales",
  "Sales added (pts)",
] as const;
const POINTS = '+0.0" pts";-0.0" pts";0.0" pts"';

/** SOP_FVAByReason: one row per reason code, 5 columns, from the header row below `top`. */
export function byReasonName(top: number): NamedRange {
  return {
    name: NAMES.fvaByReason,
    ref: `KPIs!${range(top + 2, 0, top + 1 + OVERRIDE_REASONS.length, BY_REASON_HEADERS.length - 1, true)}`,
  };
}

/** Writes the table from row `top` at lag `lag`. */
export function fvaByReason(g: SheetGrid, ctx: BuildContext, top: number, lag: number): void {
  const rows = ctx.archive;
  const col = <T>(f: (e: ArchiveEntry) => T): T[][] => rows.map((e) => [f(e)]);
  const actual = col((e) => archiveActual(ctx, e));
  const wape = (fc: (e: ArchiveEntry) => number | null, reason: string): CellValue => {
    const v = evaluate(LAGWAPE, [actual, col(fc), col((e) => e.lag), lag, col((e) => e.reason ?? ""), reason]);
    return isSopError(v) ? v.code : (v as number);
  };
  g.value(top, 0, `Sales override value added at lag ${lag}, by override reason (from the Plan archive)`, "header");
  BY_REASON_HEADERS.forEach((h, c) => g.value(top + 1, c, h, "header"));
  // Blank while no archived plan with the reason has an actual (rather than SOP.LAGWAPE's #DIV/0!).
  const call = (forecasts: string, r: number): string =>
    `=IF(${addr(r, 1)}=0,"",SOP.LAGWAPE(${NAMES.archiveActual},${blankAware(forecasts)},${NAMES.archiveLag},${lag},${NAMES.archiveReason},${addr(r, 0, { absCol: true })}))`;
  OVERRIDE_REASONS.forEach((reason, i) => {
    const r = top + 2 + i;
    g.value(r, 0, reason, "label");
    const measured = rows.filter(
      (e, k) => e.lag === lag && (e.reason ?? "").toLowerCase() === reason.toLowerCase() && actual[k][0] !== "",
    ).length;
    g.formula(
      r,
      1,
      `=SUMPRODUCT((${NAMES.archiveReason}=${addr(r, 0, { absCol: true })})*(${NAMES.archiveLag}=${lag})*ISNUMBER(${NAMES.archiveActual}))`,
      measured,
      "0",
    );
    const [stat, sales] =
      measured === 0 ? [null, null] : [wape((e) => e.baseline, reason), wape(salesForecast, reason)];
    g.formula(r, 2, call(NAMES.archiveBaseline, r), stat, FMT.percent);
    g.formula(r, 3, call(NAMES.archiveSales, r), sales, FMT.percent);
    const [a, b] = [addr(r, 2), addr(r, 3)];
    g.formula(
      r,
      4,
      `=IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),(${a}-${b})*100,"")`,
      typeof stat === "number" && typeof sales === "number" ? (stat - sales) * 100 : null,
      POINTS,
    );
  });
  g.value(
    top + 2 + OVERRIDE_REASONS.length,
    0,
    "Over the archived plans at this lag that give the reason and whose month has an actual: positive = the overrides given for that reason made the plan more accurate than the statistical baseline. Blank = none measured yet.",
    "note",
  );
}

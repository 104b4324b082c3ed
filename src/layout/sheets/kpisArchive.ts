/**
 * The KPIs sheet's tables over the Plan archive, below the KPIs:
 * - accuracy and bias of the consensus at each lag of Settings (SOP.LAGACCURACY, SOP.LAGBIAS),
 *   for all families and per family;
 * - the forecast value added stairstep at the first lag: the WAPE of the naive forecast, the
 *   statistical baseline, the sales forecast (override, else baseline) and the consensus
 *   (SOP.LAGWAPE), and each step's value added in points (previous WAPE - its WAPE, x 100;
 *   positive = the step made the plan more accurate). The SOP_FVA name covers this table.
 * One row for all families, then one per family with archived plans. Cached values run the same
 * declarations on each family's archive rows.
 */
import { blankAware } from "../../core/blankAware";
import { isSopError } from "../../core/errors";
import { AnyFunctionDecl, LAGACCURACY, LAGBIAS, LAGWAPE, evaluate } from "../../core/sop";
import { ALL_FAMILIES } from "../../core/plan-model/gaps";
import { addr, range } from "../a1";
import { ArchiveEntry } from "../archive";
import { FMT } from "../formats";
import { SheetGrid } from "../grid";
import { NAMES } from "../names";
import { CellValue, NamedRange } from "../types";
import { BuildContext } from "./context";
import { archiveActual, salesForecast } from "./archive";
import { fvaByReason } from "./kpisByReason";

/** The stairstep's forecasts, in order, with the archive column each reads. */
export const FVA_STEPS = [
  { label: "Naive", name: NAMES.archiveNaive, value: (e: ArchiveEntry) => e.naive },
  { label: "Statistical baseline", name: NAMES.archiveBaseline, value: (e: ArchiveEntry) => e.baseline },
  { label: "Sales override", name: NAMES.archiveSales, value: salesForecast },
  { label: "Consensus", name: NAMES.archiveConsensus, value: (e: ArchiveEntry) => e.consensus },
] as const;

/** The FVA table's columns (the SOP_FVA name): family, four WAPEs, three steps' value added, total added. */
export const FVA_HEADERS = [
  "Family",
  "WAPE naive",
  "WAPE statistical",
  "WAPE sales",
  "WAPE consensus",
  "Statistical added (pts)",
  "Sales added (pts)",
  "Consensus meeting added (pts)",
  "Total added (pts)",
] as const;

const POINTS = '+0.0" pts";-0.0" pts";0.0" pts"';

/** Rows of the two tables from `top`: lag title, header, all + F rows, note, gap, FVA title, header, all + F rows, note. */
function rowsOf(top: number, families: number): { lagHeader: number; fvaTitle: number; fvaHeader: number } {
  const lagHeader = top + 1;
  const fvaTitle = lagHeader + 1 + (families + 1) + 2;
  return { lagHeader, fvaTitle, fvaHeader: fvaTitle + 1 };
}

/** The first row of the value-added-by-reason table (./kpisByReason.ts), below the FVA table's note. */
export function byReasonTop(top: number, families: number): number {
  return rowsOf(top, families).fvaHeader + 2 + families + 2;
}

/** The SOP_FVA name: the FVA table's rows (all families first), 9 columns. */
export function fvaName(top: number, families: number): NamedRange {
  const { fvaHeader } = rowsOf(top, families);
  return {
    name: NAMES.fva,
    ref: `KPIs!${range(fvaHeader + 1, 0, fvaHeader + 1 + families, FVA_HEADERS.length - 1, true)}`,
  };
}

const cached = (v: ReturnType<typeof evaluate>): CellValue => (isSopError(v) ? v.code : (v as number));

/**
 * The families the tables have a row for: those of the cycle with archived plans (a new
 * workbook's archive is empty: the tables hold the all-families row until a cycle is archived).
 */
export function measuredFamilies(ctx: Pick<BuildContext, "inputs" | "archive">): string[] {
  const archived = new Set(ctx.archive.map((e) => e.family.trim().toLowerCase()));
  return ctx.inputs.config.families.map((f) => f.name).filter((f) => archived.has(f.trim().toLowerCase()));
}

/** Writes the lag and FVA tables into the KPIs grid from row `top`. */
export function archiveKpis(g: SheetGrid, ctx: BuildContext, top: number): void {
  const families = measuredFamilies(ctx);
  const { lagHeader, fvaTitle, fvaHeader } = rowsOf(top, families.length);
  // Each family's archive rows (and all of them), as the functions receive the columns.
  const groups = new Map<string, ArchiveEntry[]>([["", [...ctx.archive]]]);
  for (const e of ctx.archive) {
    const k = e.family.trim().toLowerCase();
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const run = (
    decl: AnyFunctionDecl,
    family: string,
    lag: number,
    fc: (e: ArchiveEntry) => number | null,
  ): CellValue => {
    const rows = groups.get(family.trim().toLowerCase()) ?? [];
    const col = <T>(f: (e: ArchiveEntry) => T): T[][] => rows.map((e) => [f(e)]);
    return cached(evaluate(decl, [col((e) => archiveActual(ctx, e)), col(fc), col((e) => e.lag), lag]));
  };
  const call = (fn: string, forecasts: string, lag: number, r: number, all: boolean): string =>
    `=SOP.${fn}(${NAMES.archiveActual},${blankAware(forecasts)},${NAMES.archiveLag},${lag}${all ? "" : `,${NAMES.archiveFamily},${addr(r, 0, { absCol: true })}`})`;
  const each = (first: number, write: (r: number, family: string, all: boolean) => void): void => {
    write(first, "", true);
    families.forEach((f, i) => write(first + 1 + i, f, false));
  };
  const label = (r: number, family: string, all: boolean): void =>
    g.value(r, 0, all ? ALL_FAMILIES : family, all ? "total" : "label");

  // Accuracy and bias of the consensus by lag.
  g.value(top, 0, "Accuracy and bias by lag (consensus, from the Plan archive)", "header");
  g.value(lagHeader, 0, "Family", "header");
  ctx.lags.forEach((lag, i) => {
    g.value(lagHeader, 1 + 2 * i, `Accuracy, lag ${lag}`, "header");
    g.value(lagHeader, 2 + 2 * i, `Bias, lag ${lag}`, "header");
  });
  const consensus = FVA_STEPS[3];
  each(lagHeader + 1, (r, family, all) => {
    label(r, family, all);
    ctx.lags.forEach((lag, i) => {
      g.formula(
        r,
        1 + 2 * i,
        call("LAGACCURACY", consensus.name, lag, r, all),
        run(LAGACCURACY, family, lag, consensus.value),
        FMT.percent,
      );
      g.formula(
        r,
        2 + 2 * i,
        call("LAGBIAS", consensus.name, lag, r, all),
        run(LAGBIAS, family, lag, consensus.value),
        FMT.percent,
      );
    });
  });
  g.value(
    lagHeader + 2 + families.length,
    0,
    "Lag 1 = the plan made in the target month's own cycle; lag 3 = the plan made two cycles before (what supply acted on). Bias: positive = over-forecast. #DIV/0! = no archived plan at that lag has an actual yet. Lags: Settings.",
    "note",
  );

  // Forecast value added stairstep at the first lag.
  const lag = ctx.lags[0];
  g.value(
    fvaTitle,
    0,
    `Forecast value added at lag ${lag}: naive -> statistical baseline -> sales override -> consensus`,
    "header",
  );
  FVA_HEADERS.forEach((h, c) => g.value(fvaHeader, c, h, "header"));
  each(fvaHeader + 1, (r, family, all) => {
    label(r, family, all);
    const wapes = FVA_STEPS.map((s, i) => {
      const v = run(LAGWAPE, family, lag, s.value);
      g.formula(r, 1 + i, call("LAGWAPE", s.name, lag, r, all), v, FMT.percent);
      return v;
    });
    const added = (from: number, to: number, c: number): void => {
      const [a, b] = [addr(r, 1 + from), addr(r, 1 + to)];
      const [x, y] = [wapes[from], wapes[to]];
      const v = typeof x === "number" && typeof y === "number" ? (x - y) * 100 : null;
      g.formula(r, c, `=IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),(${a}-${b})*100,"")`, v, POINTS);
    };
    added(0, 1, 5);
    added(1, 2, 6);
    added(2, 3, 7);
    added(0, 3, 8);
  });
  g.value(
    fvaHeader + 2 + families.length,
    0,
    "WAPE of each step's forecast over the archived plans at this lag whose month has an actual; value added = the previous step's WAPE - this step's, in points: positive = the step made the plan more accurate. Sales = the override, else the baseline.",
    "note",
  );
  fvaByReason(g, ctx, byReasonTop(top, families.length), lag);
}

/**
 * The KPI snapshot: each KPI against its target, a status, the month-on-month change (value
 * minus the previous cycle's value, in the KPI's own unit; for "%" KPIs that is percentage
 * points) and the period it covers (the KPI's declaration: most cover many months, not the
 * prior month alone).
 */
import { KpiStatus, kpiMissingInput, kpiNamed, kpiStatus } from "../core/plan-model/kpis";
import { KPI_FORMAT, signed } from "../layout/formats";
import type { DeckKpi } from "./input";

export type Status = "good" | "watch" | "bad";

export interface KpiLine extends DeckKpi {
  /** `null` when neither the workbook's status text nor value and target say anything. */
  readonly statusStyle: Status | null;
  /** value - previous; `null` when either is missing. */
  readonly change: number | null;
  /** The months or records the value covers ("all history months"); "" for a KPI the declarations do not know. */
  readonly period: string;
  /** What to fill in when the KPI shows "no data" (its declared missing input); null otherwise. */
  readonly missing: string | null;
}

/** Relative distance from target still counted as "watch" rather than "bad" when status is derived. */
export const WATCH_BAND = 0.05;

/** Maps the workbook's status text ("On target", "Watch", "Off target", ...) to a style. */
export function statusFromText(text: string): Status | null {
  const t = text.toLowerCase();
  if (/\b(off|bad|red|missed|miss|breach|alarm|fail)\b/.test(t) || /\bnot (on|met)\b/.test(t)) return "bad";
  if (/\b(watch|amber|yellow|risk|warning|warn)\b/.test(t)) return "watch";
  if (/\b(on|good|green|ok|met|pass)\b/.test(t)) return "good";
  return null;
}

/**
 * Status of a value against its target in a direction: good when the target is met, watch when
 * missed by at most WATCH_BAND of the target, else bad. "zero" compares distances from zero.
 */
export function statusVsTarget(
  value: number | null,
  target: number | null,
  dir: "higher" | "lower" | "zero",
): Status | null {
  if (value === null || target === null) return null;
  const v = dir === "zero" ? Math.abs(value) : value;
  const t = dir === "zero" ? Math.abs(target) : target;
  const band = Math.abs(t) * WATCH_BAND;
  const shortBy = dir === "higher" ? t - v : v - t; // > 0 means the target is missed
  if (shortBy <= 0) return "good";
  return shortBy <= band ? "watch" : "bad";
}

/**
 * Status from value and target when the workbook gives no recognisable status text: the KPI's
 * declared rule and watch band (src/core/plan-model/kpis.ts), found by its label. A KPI the
 * declarations do not know gets no status rather than a guess.
 */
export function statusFromTarget(name: string, value: number | null, target: number | null): Status | null {
  const def = kpiNamed(name);
  if (def === undefined || value === null || target === null) return null;
  return STATUS_STYLE[kpiStatus(def.rule, value, target, def.band)];
}

const STATUS_STYLE: Readonly<Record<KpiStatus, Status | null>> = {
  "On target": "good",
  Watch: "watch",
  "Off target": "bad",
  "n/a": null,
};

/** The KPI snapshot lines, in the workbook's order. */
export function kpiSnapshot(kpis: ReadonlyArray<DeckKpi>): KpiLine[] {
  return kpis.map((k) => ({
    ...k,
    statusStyle: statusFromText(k.status) ?? statusFromTarget(k.name, k.value, k.target),
    change: k.value !== null && k.previous !== null ? k.value - k.previous : null,
    period: kpiNamed(k.name)?.period ?? "",
    missing: k.noData === true ? missingInput(k.name) : null,
  }));
}

/** What a KPI showing "no data" needs, from its declaration ("an input it needs is blank" when unknown). */
function missingInput(name: string): string {
  const def = kpiNamed(name);
  return (def ? kpiMissingInput(def) : null) ?? "an input it needs is blank";
}

/** Excel number format for a KPI unit (as the KPIs sheet formats it). */
export function kpiFormat(unit: string): string {
  return unit in KPI_FORMAT ? KPI_FORMAT[unit as keyof typeof KPI_FORMAT] : KPI_FORMAT.ratio;
}

/** Excel number format for a KPI's month-on-month change (signed). */
export function kpiChangeFormat(unit: string): string {
  return signed(kpiFormat(unit));
}

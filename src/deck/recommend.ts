/**
 * Trade-offs between the scenario options and the recommended one.
 *
 * Rule: an option is "within targets" when
 *   - its lost demand value (revenue never shipped within the horizon, `lateAndLost`) is at most
 *     `unmetTolerance` (default 2 %) of its demand value, and
 *   - its peak month-end inventory value stays at or under the inventory ceiling
 *     (a ceiling of 0 or less means "no ceiling set").
 * The recommendation is the option within targets with the highest gross margin (currency; net
 * of the overtime premium for the Overtime option);
 * on a tie, the earlier option (Base comes first). When no option is within targets, the one
 * with the fewest breaches, then the highest gross margin, is recommended and flagged for escalation.
 */
import { fmtInt, fmtMult, fmtPct, fmtSigned } from "./format";
import type { ScenarioResult } from "./scenarios";

export const DEFAULT_UNMET_TOLERANCE = 0.02;

export interface ScenarioCheck {
  readonly name: string;
  readonly unmetOk: boolean;
  readonly inventoryOk: boolean;
  readonly withinTargets: boolean;
}

export interface Recommendation {
  /** Name of the recommended scenario. */
  readonly name: string;
  readonly withinTargets: boolean;
  readonly checks: ReadonlyArray<ScenarioCheck>;
  /** One sentence: what is recommended and why. */
  readonly reason: string;
}

export function checkScenario(r: ScenarioResult, inventoryCeiling: number, unmetTolerance: number): ScenarioCheck {
  const unmetOk = r.lostValue <= unmetTolerance * r.demandValue + 1e-9;
  const inventoryOk = inventoryCeiling <= 0 || r.peakInventoryValue <= inventoryCeiling + 1e-9;
  return { name: r.name, unmetOk, inventoryOk, withinTargets: unmetOk && inventoryOk };
}

/** Applies the rule above; `results` must not be empty. */
export function recommend(
  results: ReadonlyArray<ScenarioResult>,
  inventoryCeiling: number,
  unmetTolerance = DEFAULT_UNMET_TOLERANCE,
): Recommendation {
  if (results.length === 0) throw new Error("recommend() needs at least one scenario");
  const checks = results.map((r) => checkScenario(r, inventoryCeiling, unmetTolerance));
  const breaches = (c: ScenarioCheck): number => (c.unmetOk ? 0 : 1) + (c.inventoryOk ? 0 : 1);
  let best = 0;
  for (let i = 1; i < results.length; i++) {
    const b = breaches(checks[i]) - breaches(checks[best]);
    if (b < 0 || (b === 0 && results[i].grossMargin > results[best].grossMargin)) best = i;
  }
  const r = results[best];
  const c = checks[best];
  const margin = `gross margin ${fmtInt(r.grossMargin)}${r.grossMarginPct === null ? "" : ` (${fmtPct(r.grossMarginPct)})`}`;
  const reason = c.withinTargets
    ? `${r.name}: the highest ${margin} of the options whose lost demand (${fmtInt(r.lostValue)} of revenue, at most ${fmtPct(unmetTolerance)} of demand value) and peak inventory value (${fmtInt(r.peakInventoryValue)}) stay within targets.`
    : `${r.name}: no option meets every target; this one breaks the fewest (${[
        c.unmetOk ? "" : `lost demand ${fmtInt(r.lostValue)} of revenue`,
        c.inventoryOk
          ? ""
          : `peak inventory value ${fmtInt(r.peakInventoryValue)} over the ceiling ${fmtInt(inventoryCeiling)}`,
      ]
        .filter((s) => s !== "")
        .join("; ")}) with the highest ${margin}. Escalate.`;
  return { name: r.name, withinTargets: c.withinTargets, checks, reason };
}

/** One sentence per option: its multipliers and how it differs from the first (base) option. */
export function tradeOffs(results: ReadonlyArray<ScenarioResult>): string[] {
  if (results.length === 0) return [];
  const base = results[0];
  return results.map((r, i) => {
    const head = `${r.name} (demand ${fmtMult(r.demandMultiplier)}, capacity ${fmtMult(r.capacityMultiplier)})`;
    if (i === 0) {
      return `${head}: revenue ${fmtInt(r.revenue)}, gross margin ${fmtInt(r.grossMargin)}, ending inventory value ${fmtInt(r.endingInventoryValue)}, late demand ${fmtInt(r.lateUnits)} units (${fmtInt(r.lateValue)} revenue delayed), lost demand ${fmtInt(r.lostUnits)} units (${fmtInt(r.lostValue)} revenue lost).`;
    }
    return `${head} vs ${base.name}: revenue ${fmtSigned(r.revenue - base.revenue)}, gross margin ${fmtSigned(r.grossMargin - base.grossMargin)}, ending inventory value ${fmtSigned(r.endingInventoryValue - base.endingInventoryValue)}, late demand ${fmtSigned(r.lateUnits - base.lateUnits)} units, lost demand ${fmtSigned(r.lostUnits - base.lostUnits)} units (${fmtSigned(r.lostValue - base.lostValue)} of revenue).`;
  });
}

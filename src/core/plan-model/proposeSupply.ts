/**
 * The proposed supply plan of one family over the horizon: the Supply sheet's starting values.
 *
 * Inputs per plan month t: demand d_t (consensus), capacity c_t, target inventory T_t (month
 * end), and the months the planner typed (fixed: kept exactly as typed, whatever the rule would
 * say); the opening inventory I_0 (negative = a backlog carried in).
 *
 * Whole units: a free month's quantity is `fit(q)`, the smallest feasible quantity at or above q
 * (q rounded up to a whole unit, raised to the minimum run when above 0, rounded up to a multiple
 * of the lot size), or, when that exceeds the capacity, the largest feasible quantity within
 * floor(c_t) (0 when none is). Feasible = 0, or a multiple of the lot size (1 when none) that is
 * at least the minimum run (0 when none). Never negative, never above capacity.
 *
 * Strategies (I_t = I_(t-1) + s_t - d_t):
 * - target-seeking (the default): month by month, s_t = fit(d_t + T_t - I_(t-1)): end the month at
 *   the target inventory, which also clears any backlog (I_(t-1) < 0) at the first month with
 *   spare capacity. When a month still ends short (I_t < 0: its requirement exceeds capacity),
 *   build ahead: the shortfall -I_t is added to the free months before t, latest first, each up
 *   to its capacity (fit again), until it is covered or no earlier month has spare capacity; the
 *   next months are then planned from the raised inventory. The peak is met whenever the
 *   capacity before it allows. Build-ahead covers demand (no backlog), not the target inventory.
 * - chase: s_t = fit(d_t + max(0, -I_(t-1))): this month's demand plus the backlog, within
 *   capacity; stock on hand is not drawn down or built up.
 * - level: the same quantity q in every free month, q = fit((sum of d + T_(last) - I_0 - sum of
 *   the fixed months) / number of free months), 0 when that is 0 or less; a month whose capacity
 *   is below q gets its capacity (fit) instead.
 *
 * @example proposeSupply({ demand: [40, 40, 40, 200, 40], capacity: [100, 100, 100, 100, 100],
 *   openingInventory: 0, targetInventory: [0, 0, 0, 0, 0] }).supply // [40, 80, 100, 100, 40]
 */
import { DEFAULT_SUPPLY_STRATEGY, SUPPLY_STRATEGIES, type SupplyStrategy } from "../schema";
import { BuildAhead, Blank } from "./types";

export { DEFAULT_SUPPLY_STRATEGY, SUPPLY_STRATEGIES };
export type { BuildAhead, SupplyStrategy };

export interface SupplyProposalInput {
  readonly demand: ReadonlyArray<number>;
  readonly capacity: ReadonlyArray<number>;
  readonly openingInventory: number;
  readonly targetInventory: ReadonlyArray<number>;
  /** Typed months (kept as typed); null or absent = proposed. */
  readonly fixed?: ReadonlyArray<Blank>;
  readonly strategy?: SupplyStrategy;
  /** Lot size in units (0 or absent = any whole quantity). */
  readonly lotSize?: number;
  /** Minimum run in units (0 or absent = none). */
  readonly minimumRun?: number;
}

export interface SupplyProposal {
  readonly supply: number[];
  /** The pre-builds target-seeking made, in the order it made them (none for chase and level). */
  readonly buildAhead: BuildAhead[];
}

const EPS = 1e-6;

/** Whole-unit quantities within capacity that respect the lot size and the minimum run. */
export function lotRule(lotSize = 0, minimumRun = 0): (q: number, capacity: number) => number {
  const lot = Math.max(1, Math.round(lotSize > 0 ? lotSize : 1));
  const min = Math.max(0, Math.ceil(minimumRun - EPS));
  const up = (q: number): number => Math.ceil(Math.max(q, min) / lot) * lot;
  return (q, capacity) => {
    if (!(q > EPS)) return 0;
    const cap = Math.max(0, Math.floor(capacity + EPS));
    const want = up(Math.ceil(q - EPS));
    if (want <= cap) return want;
    const most = Math.floor(cap / lot) * lot;
    return most >= min && most > 0 ? most : 0;
  };
}

function inventoryOf(opening: number, supply: ReadonlyArray<number>, demand: ReadonlyArray<number>): number[] {
  let inv = opening;
  return demand.map((d, t) => (inv = inv + supply[t] - d));
}

export function proposeSupply(input: SupplyProposalInput): SupplyProposal {
  const { demand, capacity, openingInventory: open, targetInventory: target } = input;
  const h = demand.length;
  const fixed = (t: number): Blank => input.fixed?.[t] ?? null;
  const fit = lotRule(input.lotSize, input.minimumRun);
  const supply = demand.map((_, t) => fixed(t) ?? 0);
  const buildAhead: BuildAhead[] = [];
  const strategy = input.strategy ?? DEFAULT_SUPPLY_STRATEGY;

  if (strategy === "level") {
    const free = demand.map((_, t) => t).filter((t) => fixed(t) === null);
    const given = supply.reduce((s, x) => s + x, 0);
    const need = demand.reduce((s, x) => s + x, 0) + (h > 0 ? target[h - 1] : 0) - open - given;
    for (const t of free) supply[t] = need > EPS ? fit(need / free.length, Infinity) : 0;
    for (const t of free) supply[t] = Math.min(supply[t], fit(Infinity, capacity[t]));
    return { supply, buildAhead };
  }

  let inv = open;
  for (let t = 0; t < h; t++) {
    if (fixed(t) === null) {
      const want = strategy === "chase" ? demand[t] + Math.max(0, -inv) : demand[t] + target[t] - inv;
      supply[t] = fit(want, capacity[t]);
    }
    inv = inv + supply[t] - demand[t];
    if (strategy === "target-seeking" && inv < -EPS) {
      let short = -inv;
      for (let k = t - 1; k >= 0 && short > EPS; k--) {
        if (fixed(k) !== null) continue;
        const more = fit(supply[k] + short, capacity[k]) - supply[k];
        if (more <= 0) continue;
        supply[k] += more;
        short -= more;
        buildAhead.push({ peak: t, month: k, units: more });
      }
      inv = inventoryOf(open, supply, demand)[t];
    }
  }
  return { supply, buildAhead };
}

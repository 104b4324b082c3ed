/**
 * The pre-build a supply plan makes, read from the plan itself (the Supply sheet's values, typed
 * months and proposal alike), for the deck's supply summary.
 *
 * Per family, month by month (inventory from the opening inventory):
 * - a month that makes more than its demand (s_t > d_t) first clears the backlog, then puts the
 *   rest on stock, as a layer of that month;
 * - a month that makes less than its demand draws the difference from stock, latest layer first
 *   (the opening inventory is the oldest layer); what stock cannot cover is backlog;
 * - a peak is a month whose demand exceeds its capacity (d_t > c_t): what it draws from the layers
 *   of earlier months was built ahead for it. What it draws from the opening inventory was not
 *   built ahead, and what stock cannot cover stays short (late or lost).
 * The proposal (target-seeking) builds ahead in the latest earlier months with spare capacity,
 * which is what the latest-first draw reads back.
 */

/** Units that `month` built ahead for the peak `peak` (indexes of the plan months). */
export interface PrebuildSource {
  readonly month: number;
  readonly units: number;
}

export interface Prebuild {
  readonly peak: number;
  readonly demand: number;
  readonly capacity: number;
  /** Total units built ahead for this peak. */
  readonly units: number;
  /** Latest month first. */
  readonly from: ReadonlyArray<PrebuildSource>;
}

const EPS = 1e-9;

export function prebuilds(
  demand: ReadonlyArray<number>,
  supply: ReadonlyArray<number>,
  capacity: ReadonlyArray<number>,
  opening: number,
): Prebuild[] {
  const layers: Array<{ month: number; units: number }> = [{ month: -1, units: Math.max(0, opening) }];
  const out: Prebuild[] = [];
  let backlog = Math.max(0, -opening);
  for (let t = 0; t < demand.length; t++) {
    const net = supply[t] - demand[t];
    if (net > EPS) {
      const clear = Math.min(backlog, net);
      backlog -= clear;
      if (net - clear > EPS) layers.push({ month: t, units: net - clear });
      continue;
    }
    let need = -net;
    const from: PrebuildSource[] = [];
    while (need > EPS && layers.length > 0) {
      const top = layers[layers.length - 1];
      const take = Math.min(top.units, need);
      if (top.month >= 0 && take > EPS) from.push({ month: top.month, units: take });
      top.units -= take;
      need -= take;
      if (top.units <= EPS) layers.pop();
    }
    backlog += Math.max(0, need);
    const units = from.reduce((s, x) => s + x.units, 0);
    if (demand[t] > capacity[t] + EPS && units > EPS)
      out.push({ peak: t, demand: demand[t], capacity: capacity[t], units, from });
  }
  return out;
}

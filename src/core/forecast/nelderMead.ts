/**
 * Bounded Nelder-Mead simplex minimiser (Nelder & Mead 1965; standard coefficients
 * reflection 1, expansion 2, contraction 0.5, shrink 0.5). Points are clamped into the box
 * [lower, upper]; the objective may return Infinity for infeasible points.
 */
export interface NelderMeadOptions {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Maximum objective evaluations; default 200 * dimension. */
  readonly maxEvaluations?: number;
  /** Stop when the spread of objective values falls below this (relative); default 1e-8. */
  readonly tolerance?: number;
  /** Initial simplex step as a fraction of each bound's width; default 0.1. */
  readonly step?: number;
  /** Explicit initial simplex steps per coordinate (override `step`). */
  readonly steps?: readonly number[];
}

export interface NelderMeadResult {
  readonly x: number[];
  readonly value: number;
  readonly evaluations: number;
}

/** The point `x` clamped into the box, in place. */
function clampInto(x: Float64Array, lo: readonly number[], hi: readonly number[]): Float64Array {
  for (let i = 0; i < x.length; i++) x[i] = Math.min(hi[i], Math.max(lo[i], x[i]));
  return x;
}

/**
 * Puts the indices in `order` in ascending order of `vals`, ties in index order: what a stable
 * sort of 0..k-1 with the comparator `vals[a] - vals[b]` gives (values are finite or Infinity,
 * and Infinity ties Infinity), a single order whatever `order` held before. An insertion sort
 * of the previous iteration's order, without allocating: only the replaced point is out of
 * place, so it takes O(k) comparisons, not O(k^2).
 */
function orderInto(order: Int32Array, vals: Float64Array): void {
  for (let i = 1; i < order.length; i++) {
    const v = order[i];
    const fv = vals[v];
    let j = i - 1;
    while (j >= 0 && (vals[order[j]] > fv || (vals[order[j]] === fv && order[j] > v))) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = v;
  }
}

/**
 * Minimise `f` from `x0` inside the box. Never throws; returns the best point seen. The points
 * are Float64Arrays (`f` receives one, to read, not to keep) and the work arrays are allocated
 * once: a fit of 17 parameters spends nearly as much time here as in its objective.
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: readonly number[],
  opts: NelderMeadOptions,
): NelderMeadResult {
  const n = x0.length;
  const { lower, upper } = opts;
  const maxEval = opts.maxEvaluations ?? 200 * Math.max(1, n);
  const tol = opts.tolerance ?? 1e-8;
  const stepFrac = opts.step ?? 0.1;
  let evals = 0;
  const evalf = (x: Float64Array): number => {
    evals += 1;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const start = clampInto(Float64Array.from(x0), lower, upper);
  if (n === 0) return { x: [], value: evalf(start), evaluations: evals };

  const pts: Float64Array[] = [start];
  for (let i = 0; i < n; i++) {
    const p = start.slice();
    const width = upper[i] - lower[i];
    const given = opts.steps?.[i];
    const step =
      given !== undefined && given > 0
        ? given
        : Number.isFinite(width) && width > 0
          ? stepFrac * width
          : Math.max(Math.abs(p[i]) * 0.1, 1e-3);
    p[i] = p[i] + step <= upper[i] ? p[i] + step : p[i] - step;
    pts.push(clampInto(p, lower, upper));
  }
  const vals = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) vals[i] = evalf(pts[i]);

  // Work arrays, reused every iteration: the order, the centroid and three trial points; and the
  // sum of all n + 1 points, kept up to date as points are replaced (summed afresh after a
  // shrink), so the centroid of the n best is (sum - worst) / n in O(n), not O(n^2).
  const order = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) order[i] = i;
  const centroid = new Float64Array(n);
  const total = new Float64Array(n);
  const resum = (): void => {
    total.fill(0);
    for (const p of pts) for (let j = 0; j < n; j++) total[j] += p[j];
  };
  resum();
  let xr: Float64Array = new Float64Array(n);
  let xe: Float64Array = new Float64Array(n);
  let xc: Float64Array = new Float64Array(n);
  /** Writes centroid + t (worst - centroid), clamped into the box, into `out`. */
  const along = (t: number, worst: Float64Array, out: Float64Array): Float64Array => {
    for (let j = 0; j < n; j++) {
      const c = centroid[j];
      out[j] = Math.min(upper[j], Math.max(lower[j], c + t * (worst[j] - c)));
    }
    return out;
  };
  /** Puts `x` in place of point `i` and hands back the array it replaces, for reuse. */
  const replace = (i: number, x: Float64Array, v: number): Float64Array => {
    const old = pts[i];
    for (let j = 0; j < n; j++) total[j] += x[j] - old[j];
    pts[i] = x;
    vals[i] = v;
    return old;
  };

  while (evals < maxEval) {
    orderInto(order, vals);
    const best = order[0];
    const worst = order[n];
    const second = order[n - 1];
    const spread = Math.abs(vals[worst] - vals[best]);
    if (spread <= tol * (Math.abs(vals[best]) + tol)) break;

    const pw = pts[worst];
    for (let j = 0; j < n; j++) centroid[j] = (total[j] - pw[j]) / n;

    const fr = evalf(along(-1, pw, xr));
    if (fr < vals[best]) {
      const fe = evalf(along(-2, pw, xe));
      if (fe < fr) xe = replace(worst, xe, fe);
      else xr = replace(worst, xr, fr);
      continue;
    }
    if (fr < vals[second]) {
      xr = replace(worst, xr, fr);
      continue;
    }
    const outside = fr < vals[worst];
    const fc = evalf(along(outside ? -0.5 : 0.5, pw, xc));
    if (fc < (outside ? fr : vals[worst])) {
      xc = replace(worst, xc, fc);
      continue;
    }
    const pb = pts[best];
    for (let k = 1; k <= n; k++) {
      const i = order[k];
      const p = pts[i];
      for (let j = 0; j < n; j++) p[j] = Math.min(upper[j], Math.max(lower[j], pb[j] + 0.5 * (p[j] - pb[j])));
      vals[i] = evalf(p);
    }
    resum();
  }
  let bi = 0;
  for (let i = 1; i < vals.length; i++) if (vals[i] < vals[bi]) bi = i;
  return { x: Array.from(pts[bi]), value: vals[bi], evaluations: evals };
}

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

function clamp(x: readonly number[], lo: readonly number[], hi: readonly number[]): number[] {
  return x.map((v, i) => Math.min(hi[i], Math.max(lo[i], v)));
}

/** Minimise `f` from `x0` inside the box. Never throws; returns the best point seen. */
export function nelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  opts: NelderMeadOptions,
): NelderMeadResult {
  const n = x0.length;
  const { lower, upper } = opts;
  const maxEval = opts.maxEvaluations ?? 200 * Math.max(1, n);
  const tol = opts.tolerance ?? 1e-8;
  const stepFrac = opts.step ?? 0.1;
  let evals = 0;
  const evalf = (x: number[]): number => {
    evals += 1;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const start = clamp(x0, lower, upper);
  if (n === 0) return { x: start, value: evalf(start), evaluations: evals };

  const pts: number[][] = [start];
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
    pts.push(clamp(p, lower, upper));
  }
  const vals = pts.map(evalf);

  while (evals < maxEval) {
    const order = vals.map((_, i) => i).sort((a, b) => vals[a] - vals[b]);
    const best = order[0];
    const worst = order[n];
    const second = order[n - 1];
    const spread = Math.abs(vals[worst] - vals[best]);
    if (spread <= tol * (Math.abs(vals[best]) + tol)) break;

    const centroid = new Array<number>(n).fill(0);
    for (const i of order.slice(0, n)) for (let j = 0; j < n; j++) centroid[j] += pts[i][j] / n;
    const along = (t: number): number[] =>
      clamp(
        centroid.map((c, j) => c + t * (pts[worst][j] - c)),
        lower,
        upper,
      );

    const xr = along(-1);
    const fr = evalf(xr);
    if (fr < vals[best]) {
      const xe = along(-2);
      const fe = evalf(xe);
      if (fe < fr) {
        pts[worst] = xe;
        vals[worst] = fe;
      } else {
        pts[worst] = xr;
        vals[worst] = fr;
      }
      continue;
    }
    if (fr < vals[second]) {
      pts[worst] = xr;
      vals[worst] = fr;
      continue;
    }
    const outside = fr < vals[worst];
    const xc = along(outside ? -0.5 : 0.5);
    const fc = evalf(xc);
    if (fc < (outside ? fr : vals[worst])) {
      pts[worst] = xc;
      vals[worst] = fc;
      continue;
    }
    for (const i of order.slice(1)) {
      pts[i] = clamp(
        pts[i].map((v, j) => pts[best][j] + 0.5 * (v - pts[best][j])),
        lower,
        upper,
      );
      vals[i] = evalf(pts[i]);
    }
  }
  let bi = 0;
  for (let i = 1; i < vals.length; i++) if (vals[i] < vals[bi]) bi = i;
  return { x: pts[bi], value: vals[bi], evaluations: evals };
}

import { Result, divZeroError, numError } from "../errors";
import { Series, finite, sameSize } from "../numeric";

/**
 * erf(x) by a Chebyshev expansion (the coefficients of jStat, MIT licence, as HyperFormula's
 * NORM.S.INV uses them), accurate to about 1e-16.
 */
function erf(x: number): number {
  const cof = [
    -1.3026537197817094, 0.6419697923564902, 1.9476473204185836e-2, -9.561514786808631e-3, -9.46595344482036e-4,
    3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5, -1.624290004647e-6, 1.30365583558e-6, 1.5626441722e-8,
    -8.5238095915e-8, 6.529054439e-9, 5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11, 2.394038e-12,
    -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15, -9.4e-17, 1.21e-16,
    -2.8e-17,
  ];
  if (x === 0) return 0;
  const neg = x < 0;
  const ax = Math.abs(x);
  const t = 2 / (2 + ax);
  const ty = 4 * t - 2;
  let d = 0;
  let dd = 0;
  for (let j = cof.length - 1; j > 0; j--) {
    const tmp = d;
    d = ty * d - dd + cof[j];
    dd = tmp;
  }
  const res = t * Math.exp(-ax * ax + 0.5 * (cof[0] + ty * d) - dd);
  return neg ? res - 1 : 1 - res;
}

/**
 * Inverse of the standard normal distribution (the z of a service level): Acklam's rational
 * approximation (relative error below 1.2e-9), refined by one Halley step on the normal
 * distribution function (erf above), which takes it to about machine precision, so that it
 * agrees with a spreadsheet's NORM.S.INV. `p` must be strictly between 0 and 1.
 *
 * @example normalQuantile(0.95) // 1.6448536269514722, as R's qnorm(0.95)
 */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const e = 0.5 * (1 + erf(x / Math.SQRT2)) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/**
 * Safety stock from the forecast error = z(service level) x sigma x sqrt(lead time), with sigma
 * the root mean square of the monthly forecast errors A - F (pairs with a blank left out; the
 * RMSE counts bias as error, as a planner's buffer must) and the lead time in months.
 *
 * Errors: sizes differ -> `#VALUE!`; service level not strictly between 0 and 1, or a negative
 * lead time -> `#NUM!`; no pair -> `#DIV/0!`; overflow -> `#NUM!`.
 *
 * @example safetyStock([100, 120, 80, 110], [100, 100, 100, 100], 0.95, 4) // 1.6449 x 15 x 2 = 49.35
 */
export function safetyStock(
  actuals: Series,
  forecasts: Series,
  serviceLevel: number,
  leadTimeMonths: number,
): Result<number> {
  const bad = sameSize(actuals, "actuals", forecasts, "forecasts");
  if (bad) return bad;
  if (!(serviceLevel > 0 && serviceLevel < 1))
    return numError(`serviceLevel must be between 0 and 1 (got ${serviceLevel})`);
  if (!(leadTimeMonths >= 0)) return numError(`leadTimeMonths must be 0 or more (got ${leadTimeMonths})`);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < actuals.length; i++) {
    const e = actuals[i] - forecasts[i];
    if (e !== e) continue;
    sum += e * e;
    n++;
  }
  if (n === 0) return divZeroError("no month has both an actual and a forecast");
  return finite(normalQuantile(serviceLevel) * Math.sqrt(sum / n) * Math.sqrt(leadTimeMonths), "safety stock");
}

/**
 * Locale-independent number text for the deck's sentences (cells carry number formats instead).
 */

/** 12345.6 -> "12,346"; -0.4 -> "0". */
export function fmtInt(n: number): string {
  const r = Math.round(n);
  const sign = r < 0 ? "-" : "";
  const digits = String(Math.abs(r));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Signed: 1200 -> "+1,200", -50 -> "-50", 0 -> "0". */
export function fmtSigned(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${fmtInt(r)}` : fmtInt(r);
}

/** 0.1234 -> "12.3%". */
export function fmtPct(x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}

/** 1.1 -> "x1.10". */
export function fmtMult(x: number): string {
  return `x${x.toFixed(2)}`;
}

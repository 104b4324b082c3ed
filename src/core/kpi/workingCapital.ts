import { Result, numError } from "../errors";
import { Series, finite, overflowed, sumSkip } from "../numeric";

/** Which working-capital figure `SOP.WORKINGCAPITAL` reports. */
export type WorkingCapitalVariant = "NET" | "CCC";
export const WORKING_CAPITAL_VARIANTS: ReadonlyArray<WorkingCapitalVariant> = ["NET", "CCC"];

/**
 * Net working capital = sum(current assets) - sum(current liabilities), in currency.
 * Each argument may list several balance items (cash, receivables, inventory...; payables,
 * short-term debt...); blanks (NaN) are skipped. Positive = short-term assets cover
 * short-term obligations.
 *
 * Errors: overflow -> `#NUM!`.
 *
 * @example workingCapital([500, 300, 200], [400, 100]) // 1000 - 500 = 500
 */
export function workingCapital(currentAssets: Series, currentLiabilities: Series): Result<number> {
  const a = sumSkip(currentAssets);
  const l = sumSkip(currentLiabilities);
  const big = overflowed("working capital", a, l);
  if (big) return big;
  return finite(a - l, "working capital");
}

/**
 * Cash conversion cycle, in days = DIO + DSO - DPO (days inventory outstanding + days sales
 * outstanding - days payables outstanding). Lower = cash returns sooner; negative = suppliers
 * finance the operation.
 *
 * Errors: a negative or non-finite number of days -> `#NUM!`.
 *
 * @example cashConversionCycle(45, 30, 40) // 35
 */
export function cashConversionCycle(dio: number, dso: number, dpo: number): Result<number> {
  const parts: ReadonlyArray<[string, number]> = [
    ["DIO", dio],
    ["DSO", dso],
    ["DPO", dpo],
  ];
  for (const [name, v] of parts) {
    if (!Number.isFinite(v) || v < 0) return numError(`${name} must be zero or more days (got ${v})`);
  }
  return finite(dio + dso - dpo, "cash conversion cycle");
}

/**
 * Blank cells as custom-function arguments. Excel on the web passes an empty cell of a range
 * argument to a custom function as `null`; Excel on desktop passes it as `0`, even to an `any`
 * parameter (OfficeDev/office-js#4702, #5262), so "not known yet" would count as a real zero:
 * an actual not yet typed beside its planned production, a month without a lag-1 consensus, a
 * forecast step not archived. A formula passes such a range as `IF(ISBLANK(r),"",r)` instead:
 * evaluated as an array, each empty cell becomes "" (text, which no host turns into 0) and every
 * other cell stays itself; the core reads "" as blank (src/core/args.ts).
 *
 * The expression is an array computed from a range, so the cell holding the formula must be
 * evaluated as an array formula: Excel 365 does that for a formula written through Office.js
 * (dynamic arrays); a file written without Excel stores the cell as a single-cell array formula
 * (`<f t="array">`, ECMA-376 Part 1, 18.3.1.40) so that no version reads the formula with
 * implicit intersection. `passesArrays` tells the file writer which cells those are.
 */

const PREFIX = "IF(ISBLANK(";

/** The range reference `ref` as a custom-function argument in which an empty cell is "" on every host. */
export function blankAware(ref: string): string {
  return `${PREFIX}${ref}),"",${ref})`;
}

/** Whether a formula passes a range through `blankAware` (and so must be evaluated as an array formula). */
export function passesArrays(formula: string): boolean {
  return formula.includes(PREFIX);
}

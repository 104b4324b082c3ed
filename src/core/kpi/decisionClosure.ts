import { Result, divZeroError, valueError } from "../errors";

/**
 * Meeting decision closure = closed action items / all action items.
 *
 * A status counts when it is non-blank text; it is closed when it equals `closedLabel`
 * (default "Closed"), ignoring case and surrounding spaces. Blank statuses (null, undefined,
 * "") are not action items. A fraction: 0.8 = 80 % of actions closed. Higher is better.
 *
 * Errors: no non-blank status -> `#DIV/0!`; a blank closed label -> `#VALUE!`.
 *
 * @example decisionClosure(["Closed", "Open", "closed", null]) // 2 / 3
 */
export function decisionClosure(
  statuses: ReadonlyArray<string | null | undefined>,
  closedLabel = "Closed",
): Result<number> {
  const label = closedLabel.trim().toLowerCase();
  if (label === "") return valueError("closed label must not be blank");
  let total = 0;
  let closed = 0;
  for (const s of statuses) {
    if (s === null || s === undefined) continue;
    const t = s.trim().toLowerCase();
    if (t === "") continue;
    total++;
    if (t === label) closed++;
  }
  if (total === 0) return divZeroError("no action items");
  return closed / total;
}

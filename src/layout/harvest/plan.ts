/** The Demand and Supply sheets' inputs: overrides with their notes, previous consensus, the typed supply plan. */
import { BUSINESS_TYPES } from "../../core/schema";
import { keys } from "../keys";
import { addr } from "../a1";
import { CellValue } from "../types";
import { Found, SheetReader, norm } from "../sheetReader";
import { DEMAND_LABELS } from "../sheets/demand";
import { supplyLabels } from "../sheets/supply";
import { eachMonthCell, monthGrid } from "./grid";

/** The Demand sheet's inputs: the sales override with its reason and comment, the previous consensus. */
export function demandGrid(s: SheetReader, out: Found[]): void {
  monthGrid(
    s,
    out,
    (f, m, month) =>
      norm(m) === norm(DEMAND_LABELS.override)
        ? keys.override(f, month)
        : norm(m) === norm(DEMAND_LABELS.reason) || norm(m) === norm(DEMAND_LABELS.comment)
          ? keys.overrideNote(norm(m) === norm(DEMAND_LABELS.reason) ? "reason" : "comment", f, month)
          : norm(m) === norm(DEMAND_LABELS.previous)
            ? keys.previousConsensus(f, month)
            : undefined,
    true,
  );
}

const SUPPLY_PLAN_LABELS = new Set(BUSINESS_TYPES.map((t) => norm(supplyLabels(t.vocabulary).supply)));
const PROPOSED_LABELS = new Set(BUSINESS_TYPES.map((t) => norm(supplyLabels(t.vocabulary).proposed)));

/**
 * The Supply sheet's typed supply plan. A month that holds the proposal is not typed: its cell
 * holds the formula `=` the proposed cell above it (or, when only values were read, the same
 * number as the proposed cell of its family and month); the rebuild proposes it again. Any other
 * value or formula is the planner's and is kept.
 */
export function supplyGrid(s: SheetReader, out: Found[]): void {
  const proposed = new Map<string, { r: number; v: CellValue }>();
  const seen = new Set<string>();
  eachMonthCell(s, true, (family, measure, month, r, c) => {
    const fm = `${norm(family)}|${month}`;
    if (PROPOSED_LABELS.has(norm(measure))) {
      if (!proposed.has(fm)) proposed.set(fm, { r, v: s.value(r, c) });
      return true;
    }
    if (!SUPPLY_PLAN_LABELS.has(norm(measure))) return false;
    const key = keys.supplyPlan(family, month);
    if (seen.has(key)) return false;
    seen.add(key);
    const p = proposed.get(fm);
    const f = s.formula(r, c);
    const isProposal =
      p !== undefined &&
      (f !== undefined
        ? norm(f.replace(/\$/g, "")) === norm(`=${addr(p.r, c)}`)
        : !s.hasFormulas && typeof p.v === "number" && s.value(r, c) === p.v);
    if (isProposal) {
      s.claim(r, c);
      return true;
    }
    const n = out.length;
    s.take(out, key, r, c);
    return out.length > n;
  });
}

/**
 * Rough-cut capacity by resource: lines, teams, warehouses, each with a capacity per month (in
 * hours, or in whatever unit its routing rates use), loaded by every family routed through it.
 *
 * Declared once here, computed here for the cached values and written as formulas by the Supply
 * sheet, row by row (`RESOURCE_ROWS`), for resource k and plan month j (in words):
 * - Hours per unit h(f, k) = SUMIFS(routing rate, routing family = family f, routing resource =
 *   resource k): the routings' rates of that family on that resource, added up (text compared
 *   without regard to case, as SUMIFS does); 0 when the family is not routed there.
 * - Capacity = the resource's capacity typed for month j, else its capacity per month, else 0.
 * - Load = SUMPRODUCT(supply plan of every family in month j, h(., k)).
 * - Overload = MAX(0, ROUND(load - capacity, 6)).
 * - Utilization = load / capacity ("" when the capacity is 0).
 * - Value at stake = IF(load > 0, overload / load x SUMPRODUCT(supply plan, (h(., k) > 0) x unit
 *   cost), 0), the unit cost the month's (Finance's: Prices, else Families): the production cost
 *   of the share of the resource's load it cannot carry (the Gaps agenda's "Resource overload").
 *
 * A cycle without resources has none of this: each family's own capacity per month still holds.
 */
import { CellInput } from "../cells";
import { round6 } from "./gaps";
import { Blank, ResourceRowInput, RoutingRowInput } from "./types";

export type { ResourceRowInput, RoutingRowInput } from "./types";

/** The rows of a resource's block on the Supply sheet, in order. */
export const RESOURCE_ROWS = ["capacity", "load", "overload", "utilization", "value"] as const;
export type ResourceRow = (typeof RESOURCE_ROWS)[number];

/** Each row's label in column B. */
export const RESOURCE_ROW_LABELS: Readonly<Record<ResourceRow, string>> = {
  capacity: "Resource capacity",
  load: "Load",
  overload: "Overload",
  utilization: "Resource utilization",
  value: "Overload value at stake",
};

/** Load against capacity of one resource over the plan months. */
export interface ResourceLoad {
  readonly name: string;
  /** Row of the resource on the Resources sheet (0-based among its rows, blank rows included). */
  readonly row: number;
  /** Hours per unit of each family on this resource (0 = not routed). */
  readonly hoursPerUnit: ReadonlyArray<number>;
  readonly capacity: ReadonlyArray<number>;
  readonly load: ReadonlyArray<number>;
  readonly overload: ReadonlyArray<number>;
  readonly utilization: ReadonlyArray<Blank>;
  readonly value: ReadonlyArray<number>;
}

const num = (v: CellInput): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const text = (v: CellInput): string => (v === null || v === undefined ? "" : String(v).trim());
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The resources the plan has: the rows of the Resources sheet with a name, in sheet order. */
export function namedResources(rows: ReadonlyArray<ResourceRowInput>): Array<{ row: number; input: ResourceRowInput }> {
  return rows.flatMap((input, row) => (text(input.resource) === "" ? [] : [{ row, input }]));
}

/** h(f, k): the routings' rates of `family` on `resource`, added up (SUMIFS: numbers only, text without regard to case). */
export function hoursPerUnit(routings: ReadonlyArray<RoutingRowInput>, family: string, resource: string): number {
  let s = 0;
  for (const r of routings) {
    const h = num(r.hoursPerUnit);
    if (h !== null && same(text(r.family), family) && same(text(r.resource), resource)) s += h;
  }
  return s;
}

/** Each named resource with its sheet row, hours per unit of each family, and capacity of each month. */
function resourceRates(
  resources: ReadonlyArray<ResourceRowInput>,
  routings: ReadonlyArray<RoutingRowInput>,
  families: ReadonlyArray<{ readonly name: string }>,
  months: number,
): Array<{ row: number; name: string; hours: number[]; capacity: number[] }> {
  return namedResources(resources).map(({ row, input }) => {
    const name = text(input.resource);
    return {
      row,
      name,
      hours: families.map((f) => hoursPerUnit(routings, f.name, name)),
      capacity: Array.from({ length: months }, (_, j) => num(input.byMonth[j]) ?? num(input.capacity) ?? 0),
    };
  });
}

/**
 * Load vs capacity of every named resource, month by month, from the supply plan of each family
 * (F x P) and each family's unit cost by month (Finance's: Prices, else Families). The overload's
 * value at stake is its share of the load x the production cost of the routed families' supply
 * plan: overload_j / load_j x sum over the families with hours on the resource of supply_fj x
 * unit cost_fj.
 */
export function resourceLoads(
  resources: ReadonlyArray<ResourceRowInput>,
  routings: ReadonlyArray<RoutingRowInput>,
  families: ReadonlyArray<{ readonly name: string; readonly unitCost: ReadonlyArray<number> }>,
  supply: ReadonlyArray<ReadonlyArray<number>>,
  months: number,
): ResourceLoad[] {
  return resourceRates(resources, routings, families, months).map(({ row, name, hours: h, capacity }) => {
    const load = loadOf([{ hours: h, capacity }], supply)[0] ?? [];
    const overload = load.map((l, j) => Math.max(0, round6(l - capacity[j])));
    const routedCost = capacity.map((_, j) =>
      supply.reduce((s, row, f) => s + (h[f] > 0 ? (row[j] ?? 0) * families[f].unitCost[j] : 0), 0),
    );
    return {
      name,
      row,
      hoursPerUnit: h,
      capacity,
      load,
      overload,
      utilization: load.map((l, j) => (capacity[j] > 0 ? l / capacity[j] : null)),
      value: load.map((l, j) => (l > 0 ? (overload[j] / l) * routedCost[j] : 0)),
    };
  });
}

/**
 * The worst overloads (largest overload relative to capacity, then by value), at most `n`: what
 * the deck's supply summary names.
 */
export function worstOverloads(
  loads: ReadonlyArray<Pick<ResourceLoad, "name" | "capacity" | "load" | "overload">>,
  months: ReadonlyArray<string>,
  n: number,
): Array<{ resource: string; month: string; load: number; capacity: number; overload: number }> {
  const all = loads.flatMap((r) =>
    r.overload.flatMap((o, j) =>
      o > 0 ? [{ resource: r.name, month: months[j], load: r.load[j], capacity: r.capacity[j], overload: o }] : [],
    ),
  );
  const ratio = (x: { overload: number; capacity: number }): number =>
    x.capacity > 0 ? x.overload / x.capacity : Number.POSITIVE_INFINITY;
  return all.sort((a, b) => ratio(b) - ratio(a) || b.overload - a.overload).slice(0, n);
}

/** What a proposal needs of one resource: hours per unit of each family (0 = not routed) and capacity by month. */
export interface ResourceRates {
  readonly hours: ReadonlyArray<number>;
  readonly capacity: ReadonlyArray<number>;
}

/** Hands out the resources' hours to the families' proposals, one family after another. */
export interface ResourceAllocator {
  /** Per month, the most family f may be proposed within the hours left on every resource it loads. */
  limit(f: number): number[];
  /** Books family f's final plan (typed or proposed) before the next family is limited. */
  consume(f: number, supply: ReadonlyArray<number>): void;
}

/**
 * What the resources leave for each family's proposal, family by family in the order the
 * proposal runs (Families order on the Supply sheet; `marginOrder` for the deck's "Allocate by
 * margin"): family f may be proposed at most min over the resources it loads of (capacity -
 * hours the families before it use) / h(f, k) in a month (no limit from a resource it does not
 * load). `consume` books the family's final plan (typed or proposed) before the next family is
 * limited. Without resources every limit is Infinity.
 */
export function rateAllocator(rates: ReadonlyArray<ResourceRates>, months: number): ResourceAllocator {
  const hours = rates.map((r) => r.hours);
  const left = rates.map((r) => Array.from({ length: months }, (_, j) => r.capacity[j] ?? 0));
  return {
    limit: (f) =>
      Array.from({ length: months }, (_, j) =>
        hours.reduce(
          (m, h, k) => ((h[f] ?? 0) > 0 ? Math.min(m, Math.max(0, left[k][j]) / h[f]) : m),
          Number.POSITIVE_INFINITY,
        ),
      ),
    consume: (f, supply) => {
      hours.forEach((h, k) => {
        for (let j = 0; j < months; j++) left[k][j] -= (supply[j] ?? 0) * (h[f] ?? 0);
      });
    },
  };
}

/** `rateAllocator` over the Resources and Routings sheets' rows. */
export function resourceAllocator(
  resources: ReadonlyArray<ResourceRowInput>,
  routings: ReadonlyArray<RoutingRowInput>,
  families: ReadonlyArray<{ readonly name: string }>,
  months: number,
): ResourceAllocator {
  return rateAllocator(resourceRates(resources, routings, families, months), months);
}

/**
 * Runs one proposal per family in `order`, each within what the resources leave it: `propose`
 * gets the family and its limit by month (`ResourceAllocator.limit`) and returns the family's
 * plan, which is booked before the next family. Returns the plans by family index.
 */
export function proposeInOrder<T extends { readonly supply: ReadonlyArray<number> }>(
  order: ReadonlyArray<number>,
  allocator: ResourceAllocator,
  propose: (f: number, limit: number[]) => T,
): T[] {
  const out: T[] = [];
  for (const f of order) {
    out[f] = propose(f, allocator.limit(f));
    allocator.consume(f, out[f].supply);
  }
  return out;
}

/**
 * The order in which "Allocate by margin" hands out a shared resource's hours: the binding
 * resource is the one with the most hours above capacity over the horizon under `load` (the
 * hours the families' plans would take with no resource limit); families are ranked by gross
 * margin per hour of it, margins[f] / h(f, binding) (`margins`: a unit margin per family),
 * highest first; families that do not load it come first (they take none of its hours), and ties
 * keep Families order. Without an overloaded resource: Families order (nothing is scarce, so the
 * order changes nothing).
 */
export function marginOrder(
  rates: ReadonlyArray<ResourceRates>,
  load: ReadonlyArray<ReadonlyArray<number>>,
  margins: ReadonlyArray<number>,
): number[] {
  const families = margins.map((_, f) => f);
  const over = rates.map((r, k) =>
    (load[k] ?? []).reduce((s, l, j) => s + Math.max(0, round6(l - (r.capacity[j] ?? 0))), 0),
  );
  const k = over.reduce((best, o, i) => (o > (over[best] ?? 0) ? i : best), 0);
  if (!((over[k] ?? 0) > 0)) return families;
  const perHour = (f: number): number => {
    const h = rates[k].hours[f] ?? 0;
    return h > 0 ? margins[f] / h : Number.POSITIVE_INFINITY;
  };
  return families.sort((a, b) => (perHour(b) === perHour(a) ? a - b : perHour(b) - perHour(a)));
}

/** Hours each resource takes by month under the plans `supply` (F x months): load[k][j] = sum of supply[f][j] x h(f, k). */
export function loadOf(rates: ReadonlyArray<ResourceRates>, supply: ReadonlyArray<ReadonlyArray<number>>): number[][] {
  const months = supply.length > 0 ? supply[0].length : 0;
  return rates.map((r) =>
    Array.from({ length: months }, (_, j) => supply.reduce((s, row, f) => s + (row[j] ?? 0) * (r.hours[f] ?? 0), 0)),
  );
}

/**
 * Rough-cut capacity in the deck: the load and capacity of each resource by plan month and the
 * families' hours per unit on it, read from the workbook's SOP_Resources, SOP_ResourceCapacity,
 * SOP_ResourceLoad and SOP_HoursPerUnit (the Supply sheet's tables), and the one line the supply
 * summary gives them.
 */
import { type ResourceLoad, worstOverloads } from "../core/plan-model/capacity";
import { NAMES } from "../layout/names";
import type { NamedReader } from "./read";
import { cellNumber, cellText } from "./cells";
import { fmtInt, fmtPct } from "./format";

/** A resource's capacity and load by plan month, and each family's hours per unit on it (the deck's view). */
export type DeckResource = Pick<ResourceLoad, "name" | "capacity" | "load" | "overload" | "value"> & {
  /** Hours per unit of each family, in Families order (SOP_HoursPerUnit; [] in a workbook built before it: no limit). */
  readonly hours: ReadonlyArray<number>;
};

/** The resources the workbook names, or [] when it has none (or was built before them). */
export function readResources(get: NamedReader): DeckResource[] {
  const names = get(NAMES.resources) ?? [];
  const capacity = get(NAMES.resourceCapacity) ?? [];
  const load = get(NAMES.resourceLoad) ?? [];
  const hours = get(NAMES.hoursPerUnit) ?? [];
  const value = get(NAMES.resourceValue) ?? [];
  return names.flatMap((row, k) => {
    const name = cellText(row[0] ?? null);
    if (name === "" || capacity[k] === undefined || load[k] === undefined) return [];
    const c = capacity[k].map((v) => cellNumber(v) ?? 0);
    const l = load[k].map((v) => cellNumber(v) ?? 0);
    const h = hours.map((r) => cellNumber(r[k] ?? null) ?? 0);
    const v = c.map((_, j) => cellNumber(value[k]?.[j] ?? null) ?? 0);
    return [
      {
        name,
        hours: h,
        value: v,
        capacity: c,
        load: l,
        overload: l.map((x, j) => Math.max(0, Math.round((x - c[j]) * 1e6) / 1e6)),
      },
    ];
  });
}

/**
 * One line: the worst overloads (load above capacity, largest share of capacity first), at most
 * three, and how many more months are overloaded; or that no resource is overloaded, with the
 * highest utilization. Undefined when the workbook has no resources.
 */
export function resourceLine(
  resources: ReadonlyArray<DeckResource>,
  months: ReadonlyArray<string>,
): string | undefined {
  if (resources.length === 0) return undefined;
  const all = worstOverloads(resources, months, Number.POSITIVE_INFINITY);
  if (all.length === 0) {
    const peak = resources
      .flatMap((r) => r.load.map((l, j) => ({ r: r.name, m: months[j], u: r.capacity[j] > 0 ? l / r.capacity[j] : 0 })))
      .sort((a, b) => b.u - a.u)[0];
    return `Resource overloads: none${peak !== undefined && peak.u > 0 ? ` (highest load: ${peak.r} at ${fmtPct(peak.u)} of capacity in ${peak.m})` : ""}`;
  }
  const shown = all
    .slice(0, 3)
    .map((o) => `${o.resource} ${o.month} ${fmtInt(o.load)} vs ${fmtInt(o.capacity)} (+${fmtInt(o.overload)})`);
  const more = all.length > 3 ? `; ${all.length - 3} more overloaded resource-month${all.length > 4 ? "s" : ""}` : "";
  return `Resource overloads (load vs capacity): ${shown.join(", ")}${more}`;
}

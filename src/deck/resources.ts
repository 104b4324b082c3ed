/**
 * Rough-cut capacity in the deck: the load, capacity and overload of each resource by plan month
 * and the families' hours per unit on it, read from the workbook's SOP_Resources,
 * SOP_ResourceCapacity, SOP_ResourceLoad, SOP_ResourceOverload, SOP_ResourceValue and
 * SOP_HoursPerUnit (the Supply sheet's tables), and the one line the supply summary gives them.
 * A blank or non-numeric cell (a workbook not recalculated, a formula typed over) is missing, not 0:
 * the month's overload is unknown and the line says so.
 */
import { worstOverloads } from "../core/plan-model/capacity";
import { round6 } from "../core/plan-model/gaps";
import { NAMES } from "../layout/names";
import type { NamedReader } from "./read";
import type { CellValue } from "../layout/types";
import { cellNumber, cellText } from "./cells";
import { fmtInt, fmtPct } from "./format";

/** A resource by plan month as the deck reads it (null = missing: blank or not a number), and each family's hours per unit on it. */
export interface DeckResource {
  readonly name: string;
  readonly capacity: ReadonlyArray<number | null>;
  readonly load: ReadonlyArray<number | null>;
  /** The Supply sheet's overload row (load above capacity); null where it, or the capacity or load, is missing. */
  readonly overload: ReadonlyArray<number | null>;
  /** The overload's value at stake (production cost; SOP_ResourceValue, 0 where blank). */
  readonly value: ReadonlyArray<number>;
  /** Hours per unit of each family, in Families order (SOP_HoursPerUnit; [] in a workbook built before it: no limit). */
  readonly hours: ReadonlyArray<number>;
}

/** A cell's number, or null when it is blank or not a number (missing, not 0). */
const known = (v: CellValue | undefined): number | null => {
  const n = cellNumber(v);
  return typeof n === "number" ? n : null;
};

/**
 * The resources the workbook names, or [] when it has none (or was built before them). The
 * overload is the Supply sheet's own row when the workbook names it (SOP_ResourceOverload), else
 * (a workbook built before the name) MAX(0, ROUND(load - capacity, 6)) as the sheet computes it;
 * missing where the capacity, the load or the overload cell is blank or not a number.
 */
export function readResources(get: NamedReader): DeckResource[] {
  const names = get(NAMES.resources) ?? [];
  const capacity = get(NAMES.resourceCapacity) ?? [];
  const load = get(NAMES.resourceLoad) ?? [];
  const overload = get(NAMES.resourceOverload);
  const hours = get(NAMES.hoursPerUnit) ?? [];
  const value = get(NAMES.resourceValue) ?? [];
  return names.flatMap((row, k) => {
    const name = cellText(row[0] ?? null);
    if (name === "" || capacity[k] === undefined || load[k] === undefined) return [];
    const c = capacity[k].map((v) => known(v));
    const l = load[k].map((v) => known(v));
    const o = c.map((cj, j) => {
      const lj = l[j];
      if (cj === null || lj === null) return null;
      return overload === undefined ? Math.max(0, round6(lj - cj)) : known(overload[k]?.[j] ?? null);
    });
    return [
      {
        name,
        hours: hours.map((r) => known(r[k] ?? null) ?? 0),
        value: c.map((_, j) => known(value[k]?.[j] ?? null) ?? 0),
        capacity: c,
        load: l,
        overload: o,
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
  // Months with a missing cell are left out of the ranking and named at the end of the line.
  const numeric = resources.map((r) => ({
    name: r.name,
    capacity: r.capacity.map((x) => x ?? 0),
    load: r.load.map((x) => x ?? 0),
    overload: r.overload.map((x) => x ?? 0),
  }));
  const missing = resources.flatMap((r) => {
    const m = months.filter((_, j) => r.overload[j] === null || r.capacity[j] === null || r.load[j] === null);
    return m.length === 0 ? [] : [`${r.name} in ${m.join(", ")}`];
  });
  const gap =
    missing.length === 0
      ? ""
      : `; capacity, load or overload missing (blank or not a number, not counted as 0) for ${missing.join("; ")}: recalculate the workbook`;
  const all = worstOverloads(numeric, months, Number.POSITIVE_INFINITY);
  if (all.length === 0) {
    const peak = resources
      .flatMap((r) =>
        r.load.map((l, j) => {
          const c = r.capacity[j];
          return { r: r.name, m: months[j], u: l !== null && c !== null && c > 0 ? l / c : 0 };
        }),
      )
      .sort((a, b) => b.u - a.u)[0];
    return `Resource overloads: none${peak !== undefined && peak.u > 0 ? ` (highest load: ${peak.r} at ${fmtPct(peak.u)} of capacity in ${peak.m})` : ""}${gap}`;
  }
  const shown = all
    .slice(0, 3)
    .map((o) => `${o.resource} ${o.month} ${fmtInt(o.load)} vs ${fmtInt(o.capacity)} (+${fmtInt(o.overload)})`);
  const more = all.length > 3 ? `; ${all.length - 3} more overloaded resource-month${all.length > 4 ? "s" : ""}` : "";
  return `Resource overloads (load vs capacity): ${shown.join(", ")}${more}${gap}`;
}

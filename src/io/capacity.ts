/**
 * resources.csv and routings.csv: the rough-cut capacity check (optional; without them each
 * family's own capacity per month is the only capacity).
 * - resources.csv (`resource, capacity_per_month` and optionally `month`): a row without a month
 *   gives the resource's capacity per month, one per resource; a row with a plan month gives that
 *   month's capacity.
 * - routings.csv (`family, resource, hours_per_unit`): hours (or units) of the resource one unit
 *   of the family takes; the resource must be one of resources.csv, each family and resource once.
 */
import type { Resource, Routing } from "../core/model";
import { formatCsv, neutraliseFormula as text } from "./csv";
import { parseMonth, parseNumber, parseText, type Parsed } from "./fields";
import type { Resolve } from "./families";
import { planMonthProblem, type Window } from "./readers";
import { ImportIssue, readTable } from "./table";

export const RESOURCES_FILE = "resources.csv";
export const ROUTINGS_FILE = "routings.csv";
export const RESOURCES_COLUMNS = ["resource", "capacity_per_month"] as const;
export const ROUTINGS_COLUMNS = ["family", "resource", "hours_per_unit"] as const;

const nonNegative = (r: string): Parsed<number> => parseNumber(r, { min: 0 });
const key = (s: string): string => s.trim().toLowerCase();

/** The resources of resources.csv, in the order of their first rows. */
export function readResources(csv: string, w: Window | undefined, issues: ImportIssue[]): Resource[] {
  const table = readTable(RESOURCES_FILE, csv, RESOURCES_COLUMNS, ["month"], issues);
  if (!table) return [];
  const order: string[] = [];
  const names = new Map<string, string>();
  const firstLine = new Map<string, number>();
  const monthly = new Map<string, { line: number; capacity: number }>();
  const byMonth = new Map<string, Map<string, number>>();
  const seenMonth = new Map<string, number>();
  for (const row of table.rows) {
    const name = row.get("resource", parseText);
    const capacity = row.get("capacity_per_month", nonNegative);
    const month = row.optional<string | null>("month", parseMonth, null);
    const outside = month !== null && month !== undefined && w !== undefined ? planMonthProblem(month, w) : undefined;
    if (outside !== undefined) row.report("month", outside);
    if (name === undefined || capacity === undefined || month === undefined || outside !== undefined) continue;
    const k = key(name);
    if (!names.has(k)) {
      names.set(k, name);
      firstLine.set(k, row.line);
      order.push(k);
    }
    if (month === null) {
      const first = monthly.get(k);
      if (first !== undefined) {
        row.report("resource", `a second capacity per month for ${JSON.stringify(name)} (first on line ${first.line})`);
        continue;
      }
      monthly.set(k, { line: row.line, capacity });
      continue;
    }
    const first = seenMonth.get(`${k}|${month}`);
    if (first !== undefined) {
      row.report("month", `a second row for ${JSON.stringify(name)} in ${month} (first on line ${first})`);
      continue;
    }
    seenMonth.set(`${k}|${month}`, row.line);
    if (!byMonth.has(k)) byMonth.set(k, new Map());
    byMonth.get(k)?.set(month, capacity);
  }
  const out: Resource[] = [];
  for (const k of order) {
    const name = names.get(k) ?? k;
    const each = monthly.get(k);
    if (each === undefined) {
      issues.push({
        file: RESOURCES_FILE,
        line: firstLine.get(k) ?? 0,
        column: "month",
        message: `${JSON.stringify(name)} has no row without a month (its capacity per month)`,
      });
      continue;
    }
    const months = byMonth.get(k);
    out.push({
      name,
      capacityPerMonth: each.capacity,
      ...(months !== undefined ? { capacityByMonth: Object.fromEntries(months) } : {}),
    });
  }
  return out;
}

/** The routings of routings.csv, each family and resource once, each resource one of `resources` (unless resources.csv is missing). */
export function readRoutings(
  csv: string,
  resolve: Resolve,
  resources: ReadonlyArray<Resource> | undefined,
  issues: ImportIssue[],
): Routing[] {
  const table = readTable(ROUTINGS_FILE, csv, ROUTINGS_COLUMNS, [], issues);
  if (!table) return [];
  const known = new Map((resources ?? []).map((r) => [key(r.name), r.name]));
  const list = (resources ?? [])
    .slice(0, 5)
    .map((r) => r.name)
    .join(", ");
  const seen = new Map<string, number>();
  const out: Routing[] = [];
  for (const row of table.rows) {
    const family = resolve(row);
    const raw = row.get("resource", parseText);
    const hoursPerUnit = row.get("hours_per_unit", nonNegative);
    let resource = raw === undefined ? undefined : known.get(key(raw));
    if (raw !== undefined && resource === undefined) {
      if (resources === undefined) resource = raw;
      else
        row.report(
          "resource",
          `unknown resource ${JSON.stringify(raw)}; expected a resource of resources.csv${list === "" ? " (it has none)" : ` (${list})`}`,
        );
    }
    if (family === undefined || resource === undefined || hoursPerUnit === undefined) continue;
    const k = `${key(family)}|${key(resource)}`;
    const first = seen.get(k);
    if (first !== undefined) {
      row.report("resource", `a second routing of ${family} on ${resource} (first on line ${first})`);
      continue;
    }
    seen.set(k, row.line);
    out.push({ family, resource, hoursPerUnit });
  }
  return out;
}

/** resources.csv's text: a row per resource, then one per month whose capacity differs. */
export function resourcesCsv(rows: ReadonlyArray<Resource>): string {
  return formatCsv(
    [...RESOURCES_COLUMNS, "month"],
    rows.flatMap((r) => [
      [text(r.name), String(r.capacityPerMonth), ""],
      ...Object.entries(r.capacityByMonth ?? {}).map(([m, c]) => [text(r.name), String(c), m]),
    ]),
  );
}

export function routingsCsv(rows: ReadonlyArray<Routing>): string {
  return formatCsv(
    ROUTINGS_COLUMNS,
    rows.map((r) => [text(r.family), text(r.resource), String(r.hoursPerUnit)]),
  );
}

/**
 * The response options the executives can decide between, and the pure supply responses they
 * stand for: building ahead in spare capacity and overtime where the plan runs short. Each is
 * run under every scenario by `src/deck/scenarios.ts`.
 */

/** How supply answers a scenario. */
export type SupplyPolicy = "asIs" | "buildAhead" | "overtime";

/** A family's optional overtime inputs (Families sheet, families.csv). */
export interface OvertimeInputs {
  readonly overtimePerMonth?: number;
  readonly overtimePremium?: number;
}

/** What the executives can decide: each option is run under every scenario. */
export interface ResponseOption {
  readonly name: string;
  readonly policy: SupplyPolicy;
}

/**
 * The response options the deck costs: the plan as it stands, building ahead in spare capacity,
 * and overtime at a premium (offered only when the families give its inputs: `offeredOptions`).
 */
export const RESPONSE_OPTIONS: ReadonlyArray<ResponseOption> = [
  { name: "Plan as is", policy: "asIs" },
  { name: "Build ahead", policy: "buildAhead" },
  { name: "Overtime", policy: "overtime" },
];

/** The overtime inputs of one family, when it gives both (capacity above 0, premium at least 0); else null. */
export function familyOvertime(f: OvertimeInputs): { readonly perMonth: number; readonly premium: number } | null {
  const perMonth = f.overtimePerMonth;
  const premium = f.overtimePremium;
  if (perMonth === undefined || premium === undefined || !(perMonth > 0) || !(premium >= 0)) return null;
  return { perMonth, premium };
}

/** The inputs that enable the overtime option, as the deck names them. */
export const OVERTIME_INPUTS =
  "Overtime units / month and Overtime premium / unit on the Families sheet (overtime_per_month and overtime_premium in families.csv)";

/**
 * The options that can be costed with the inputs given, and a sentence for each left out saying
 * which input would enable it (nothing is invented in its place).
 */
export function offeredOptions(
  families: ReadonlyArray<OvertimeInputs>,
  options: ReadonlyArray<ResponseOption> = RESPONSE_OPTIONS,
): { readonly offered: ReadonlyArray<ResponseOption>; readonly notes: ReadonlyArray<string> } {
  const withOvertime = families.filter((f) => familyOvertime(f) !== null).length;
  const offered = options.filter((o) => o.policy !== "overtime" || withOvertime > 0);
  const notes = options
    .filter((o) => o.policy === "overtime")
    .map((o) =>
      withOvertime === 0
        ? `${o.name} is not offered: no family gives its inputs; type ${OVERTIME_INPUTS} to cost it.`
        : withOvertime < families.length
          ? `${o.name} uses overtime only in the ${withOvertime} of ${families.length} families that give ${OVERTIME_INPUTS}.`
          : "",
    )
    .filter((s) => s !== "");
  return { offered, notes };
}

/**
 * Supply that builds ahead: `supply` as given, plus, wherever inventory (from `opening`) would
 * fall below zero, the missing units made in the latest months up to that one with spare
 * capacity (`capacity - supply`). Pure.
 */
export function buildAhead(
  demand: ReadonlyArray<number>,
  supply: ReadonlyArray<number>,
  capacity: ReadonlyArray<number>,
  opening: number,
): number[] {
  const out = supply.slice();
  let net = opening;
  for (let t = 0; t < demand.length; t++) {
    net += out[t] - demand[t];
    for (let u = t; net < 0 && u >= 0; u--) {
      const add = Math.min(Math.max(0, capacity[u] - out[u]), -net);
      out[u] += add;
      net += add;
    }
  }
  return out;
}

/**
 * Overtime where the plan runs short, month by month from `opening`: with I_t the month-end
 * inventory without overtime in month t (but with the overtime of the months before),
 * extra_t = min(overtime_t, max(0, -I_t)), so overtime only serves demand that would otherwise be
 * late or lost, and never builds stock. Pure.
 */
export function overtimeWhereShort(
  demand: ReadonlyArray<number>,
  supply: ReadonlyArray<number>,
  overtime: ReadonlyArray<number>,
  opening: number,
): number[] {
  const extra: number[] = [];
  let net = opening;
  for (let t = 0; t < demand.length; t++) {
    net += supply[t] - demand[t];
    const add = Math.min(Math.max(0, overtime[t]), Math.max(0, -net));
    extra.push(add);
    net += add;
  }
  return extra;
}

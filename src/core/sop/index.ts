/**
 * Every `SOP.*` function, declared once (see ./declare.ts), and the parser that runs them.
 * The order here is the order of the README's tables.
 */
import { AnyFunctionDecl } from "./declare";
import * as accuracy from "./accuracy";
import * as kpi from "./kpi";
import * as plan from "./plan";
import * as forecast from "./forecast";

export * from "./declare";
export { evaluate, parseArgs } from "./parse";
export * from "./accuracy";
export * from "./kpi";
export * from "./plan";
export { FORECAST, FORECASTINTERVAL, FORECASTMETHOD, METHOD_WORDS } from "./forecast";

const isDecl = (x: unknown): x is AnyFunctionDecl =>
  typeof x === "object" && x !== null && "compute" in x && "params" in x && "name" in x;

const declarations = (m: object): AnyFunctionDecl[] => (Object.values(m) as unknown[]).filter(isDecl);

/** The declarations by group, as the README presents them. */
export const FUNCTION_GROUPS: Readonly<
  Record<"accuracy" | "kpi" | "plan" | "forecast", ReadonlyArray<AnyFunctionDecl>>
> = {
  accuracy: declarations(accuracy),
  kpi: declarations(kpi),
  plan: declarations(plan),
  forecast: declarations(forecast),
};

/** Every declaration. */
export const FUNCTIONS: ReadonlyArray<AnyFunctionDecl> = Object.values(FUNCTION_GROUPS).flat();

/** The declaration of `SOP.<name>` (upper case), or undefined. */
export function functionNamed(name: string): AnyFunctionDecl | undefined {
  return FUNCTIONS.find((f) => f.name === name.toUpperCase());
}

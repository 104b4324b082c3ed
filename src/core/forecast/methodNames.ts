/**
 * Method names as a user types them in SOP.FORECAST's `method` argument (case-insensitive;
 * spaces, dashes and underscores ignored), with common aliases.
 */
import type { MethodName } from "./types";

const ALIASES: Readonly<Record<string, MethodName>> = {
  AUTO: "AUTO",
  AUTOMATIC: "AUTO",
  NAIVE: "NAIVE",
  SNAIVE: "SNAIVE",
  SEASONALNAIVE: "SNAIVE",
  MA: "MA",
  MOVINGAVERAGE: "MA",
  SES: "SES",
  SIMPLEEXPONENTIALSMOOTHING: "SES",
  HOLT: "HOLT",
  HOLTDAMPED: "HOLT_DAMPED",
  DAMPED: "HOLT_DAMPED",
  DAMPEDHOLT: "HOLT_DAMPED",
  HWADDITIVE: "HW_ADDITIVE",
  HWA: "HW_ADDITIVE",
  HWADD: "HW_ADDITIVE",
  HOLTWINTERSADDITIVE: "HW_ADDITIVE",
  HWMULTIPLICATIVE: "HW_MULTIPLICATIVE",
  HWM: "HW_MULTIPLICATIVE",
  HWMULT: "HW_MULTIPLICATIVE",
  HOLTWINTERSMULTIPLICATIVE: "HW_MULTIPLICATIVE",
  DECOMP: "DECOMP",
  DECOMPOSITION: "DECOMP",
  SEASONALDECOMPOSITION: "DECOMP",
  CLASSICALDECOMPOSITION: "DECOMP",
  CROSTON: "CROSTON",
  SBA: "SBA",
  SYNTETOSBOYLAN: "SBA",
  TSB: "TSB",
  TEUNTERSYNTETOSBABAI: "TSB",
  THETA: "THETA",
  THETAF: "THETA",
};

/** The method a text names, or undefined when it names none. */
export function parseMethodName(text: string): MethodName | undefined {
  const key = text.toUpperCase().replace(/[\s_-]/g, "");
  return ALIASES[key];
}

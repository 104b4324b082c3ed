/**
 * Helpers shared by the tests that compare AUTO with R's forecasts: the fixtures written by
 * scripts/reference/forecast.R, and the shared accuracy core in R's units (sMAPE in percent,
 * MASE as a ratio; the core returns fractions).
 */
import * as fs from "fs";
import * as path from "path";
import { mase as maseFraction, smape as smapeFraction } from "../../../src/core/accuracy";
import { isSopError } from "../../../src/core/errors";

export function readFixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast", name), "utf8")) as T;
}

export function smape(a: number[], f: number[]): number {
  const v = smapeFraction(a, f);
  if (isSopError(v)) throw new Error(v.toString());
  return 100 * v;
}

export function mase(a: number[], f: number[], train: number[], m: number): number {
  const v = maseFraction(a, f, train, m);
  if (isSopError(v)) throw new Error(v.toString());
  return v;
}

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

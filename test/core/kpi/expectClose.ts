import { isSopError } from "../../../src/core/errors";

/** Asserts a core result is a number within a relative tolerance of the expected value. */
export function expectClose(actual: unknown, expected: number, relTol = 1e-9): void {
  if (isSopError(actual)) throw new Error(`expected ${expected}, got ${actual.toString()}`);
  expect(typeof actual).toBe("number");
  const a = actual as number;
  const scale = Math.max(1, Math.abs(expected));
  if (Math.abs(a - expected) > relTol * scale) {
    throw new Error(`expected ${expected} within ${relTol} (relative), got ${a}`);
  }
}

/** Asserts a core result is a SopError with the given code (and message fragment). */
export function expectError(actual: unknown, code: string, messagePart?: string): void {
  if (!isSopError(actual)) throw new Error(`expected ${code}, got ${String(actual)}`);
  expect(actual.code).toBe(code);
  if (messagePart !== undefined) expect(actual.message).toContain(messagePart);
}

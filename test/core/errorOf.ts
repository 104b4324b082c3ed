/** A core result expected to be an error: its code and message, or a thrown test failure. */
import { SopError } from "../../src/core/errors";

export function errorOf(r: unknown): { code: string; message: string } {
  if (!(r instanceof SopError)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return { code: r.code, message: r.message };
}

/**
 * Reads the values of a workbook name from a `WorkbookSpec`, as the deck and the summary read
 * the workbook: by name, never by address.
 */
import { readNamedRange } from "../layout/lookup";
import type { CellValue, WorkbookSpec } from "../layout/types";

/** A reader of named ranges' cached values (empty cells are null); undefined for an unknown name. */
export function specReader(spec: WorkbookSpec): (name: string) => CellValue[][] | undefined {
  return (name) => {
    const values = readNamedRange(spec, name);
    return values.length === 0 ? undefined : values;
  };
}

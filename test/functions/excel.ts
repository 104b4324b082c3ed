/** Helpers for calling SOP.* functions as Excel does and reading what the cell would show. */

/** What a cell shows: a number, or the error code and message thrown as CustomFunctions.Error. */
export function cell(run: () => unknown): unknown {
  try {
    return run();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { error: e.code, message: e.message };
    throw e;
  }
}

/** A column range from values. */
export const col = <T extends string | number | boolean | null>(...xs: T[]): T[][] => xs.map((x) => [x]);
/** A row range from values. */
export const row = <T extends string | number | boolean | null>(...xs: T[]): T[][] => [xs];
/** A column of mixed cells (text, numbers, blanks). */
export const cells = (...xs: Array<string | number | boolean | null>): Array<Array<string | number | boolean | null>> => xs.map((x) => [x]);

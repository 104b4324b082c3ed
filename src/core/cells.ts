/**
 * What a custom function receives from Excel for one cell of a range argument.
 * Blank cells arrive as `null` in Excel on the web and as `0` (or "") on desktop.
 */
export type CellInput = number | string | boolean | null | undefined;

/** A range argument: rows of cells. */
export type RangeInput = ReadonlyArray<ReadonlyArray<CellInput>>;

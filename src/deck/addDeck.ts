/**
 * Adds the executive deck to a workbook spec (for the headless pack): the "Executive
 * Summary" sheet goes first, replacing an existing one; every other sheet and name is kept.
 */
import { isSopError, type Result } from "../core/errors";
import type { SopName } from "../layout/names";
import type { CellValue, WorkbookSpec } from "../layout/types";
import type { DeckOptions } from "./deck";
import { deckInputFromNames } from "./input";
import { DECK_SHEET_NAME, buildDeckSheet } from "./sheet";

export function addDeck(
  spec: WorkbookSpec,
  readNamed: (name: SopName) => ReadonlyArray<ReadonlyArray<CellValue>> | undefined,
  opts: DeckOptions = {},
): Result<WorkbookSpec> {
  const input = deckInputFromNames(readNamed);
  if (isSopError(input)) return input;
  const deck = buildDeckSheet(input, opts);
  return { ...spec, sheets: [deck, ...spec.sheets.filter((s) => s.name !== DECK_SHEET_NAME)] };
}

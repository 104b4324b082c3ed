/** Pieces shared by the sheet builders: title rows and month headers. */
import { CycleConfig } from "../../core/model";
import { FIRST_MONTH_COL, HEADER_ROW } from "../geometry";
import { SheetGrid } from "../grid";

/** Title and subtitle rows. */
export function titleRows(g: SheetGrid, title: string, subtitle: string): void {
  g.value(0, 0, title, "title");
  g.value(1, 0, subtitle, "subtitle");
}

export function cycleSubtitle(cfg: CycleConfig, what: string): string {
  return `${cfg.company} · S&OP cycle ${cfg.cycleMonth} · ${what}`;
}

/** A header row: the given labels from column A, then the months from column C. */
export function monthHeader(
  g: SheetGrid,
  row: number,
  labels: ReadonlyArray<string>,
  months: ReadonlyArray<string>,
): void {
  labels.forEach((l, c) => g.value(row, c, l, "header"));
  months.forEach((m, j) => g.value(row, FIRST_MONTH_COL + j, m, "header"));
}

/** A header row of plain column labels from column A. */
export function tableHeader(g: SheetGrid, labels: ReadonlyArray<string>, row = HEADER_ROW): void {
  labels.forEach((l, c) => g.value(row, c, l, "header"));
}

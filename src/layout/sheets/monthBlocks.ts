/**
 * An input sheet of month blocks (Budget, Prices, Production): one block of family rows per
 * measure, plan months (or history months) from column C, family in column A and measure in column B on every row, so a rebuild
 * finds each value by family, measure and month wherever the rows moved.
 */
import type { Blank } from "../../core/plan-model/types";
import { range } from "../a1";
import { FIRST_MONTH_COL, HEADER_ROW } from "../geometry";
import { TAB, WIDTH } from "../formats";
import { SheetGrid } from "../grid";
import { SheetSpec, Validation } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, monthHeader, titleRows } from "./common";

export interface MonthBlocks<F extends string> {
  readonly sheet: string;
  readonly title: string;
  readonly subtitle: string;
  readonly fields: ReadonlyArray<F>;
  /** Each measure's label in column B (a rebuild finds the measure by it). */
  readonly labels: Readonly<Record<F, string>>;
  /** The months across: plan months unless given (Production: the history months). */
  readonly months?: ReadonlyArray<string>;
  /** F x months values of each measure. */
  readonly values: Readonly<Record<F, ReadonlyArray<ReadonlyArray<Blank>>>>;
  readonly row: (field: F, f: number) => number;
  readonly key: (field: F, family: string, month: string) => string;
  readonly format: (field: F) => string;
  readonly validation: (field: F, range: string) => Validation;
}

export function monthBlocksSheet<F extends string>(ctx: BuildContext, o: MonthBlocks<F>): SheetSpec {
  const { config: cfg } = ctx.inputs;
  const months = o.months ?? ctx.inputs.plan;
  const g = new SheetGrid(o.sheet);
  titleRows(g, o.title, cycleSubtitle(cfg, o.subtitle));
  monthHeader(g, HEADER_ROW, ["Family", "Measure"], months);
  for (const field of o.fields) {
    cfg.families.forEach((fam, f) => {
      const r = o.row(field, f);
      g.value(r, 0, fam.name, "label");
      g.value(r, 1, o.labels[field], "label");
      months.forEach((m, j) =>
        g.input(r, FIRST_MONTH_COL + j, o.key(field, fam.name, m), o.values[field][f][j], o.format(field)),
      );
    });
    if (cfg.families.length > 0 && months.length > 0) {
      const top = o.row(field, 0);
      const last = FIRST_MONTH_COL + months.length - 1;
      g.validations.push(o.validation(field, range(top, FIRST_MONTH_COL, top + cfg.families.length - 1, last, true)));
    }
  }
  return g.toSpec({
    kind: "input",
    tabColor: TAB.input,
    columnWidths: [WIDTH.family, 20, ...new Array<number>(months.length).fill(WIDTH.month + 2)],
    freeze: { rows: HEADER_ROW + 1, columns: FIRST_MONTH_COL },
    protect: false,
  });
}

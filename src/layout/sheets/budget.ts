/**
 * The Budget sheet (input): the annual operating plan by family and plan month: units, revenue
 * and gross margin, one block of family rows per measure. Blank everywhere = no budget (Finance
 * then shows no plan vs budget). A month with any number is a budget month, where a blank cell
 * counts as 0; a rebuild finds each value by its family (column A), measure (column B) and month.
 */
import { range } from "../a1";
import { BUDGET_FIELDS, BudgetField, FIRST_MONTH_COL, HEADER_ROW, budgetRow } from "../geometry";
import { FMT, TAB, WIDTH } from "../formats";
import { SheetGrid } from "../grid";
import { keys } from "../keys";
import { SheetSpec } from "../types";
import { BuildContext } from "./context";
import { cycleSubtitle, monthHeader, titleRows } from "./common";

export const BUDGET_SHEET = "Budget";

/** Each measure's label in column B (a rebuild finds the measure by it). */
export const BUDGET_LABELS: Readonly<Record<BudgetField, string>> = {
  units: "Budget units",
  revenue: "Budget revenue",
  grossMargin: "Budget gross margin",
};

export function budgetSheet(ctx: BuildContext): SheetSpec {
  const { config: cfg, plan: months, budget } = ctx.inputs;
  const g = new SheetGrid(BUDGET_SHEET);
  titleRows(
    g,
    "Budget (annual operating plan)",
    cycleSubtitle(
      cfg,
      "units, revenue and gross margin by family and month; leave a month blank where there is no budget (a blank cell in a budgeted month counts as 0)",
    ),
  );
  monthHeader(g, HEADER_ROW, ["Family", "Measure"], months);
  for (const field of BUDGET_FIELDS) {
    cfg.families.forEach((fam, f) => {
      const r = budgetRow(ctx.geo, field, f);
      g.value(r, 0, fam.name, "label");
      g.value(r, 1, BUDGET_LABELS[field], "label");
      months.forEach((m, j) =>
        g.input(
          r,
          FIRST_MONTH_COL + j,
          keys.budget(field, fam.name, m),
          budget[field][f][j],
          field === "units" ? FMT.units : FMT.currency,
        ),
      );
    });
    if (cfg.families.length > 0 && months.length > 0) {
      const top = budgetRow(ctx.geo, field, 0);
      const area = range(
        top,
        FIRST_MONTH_COL,
        top + cfg.families.length - 1,
        FIRST_MONTH_COL + months.length - 1,
        true,
      );
      g.validations.push(
        field === "units" ? { kind: "decimal", range: area, min: 0 } : { kind: "decimal", range: area },
      );
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

/**
 * The self-test in Excel (the checks themselves are pure, in ./selftest.ts): writes every case on
 * a scratch sheet, waits for the custom functions, reads what Excel shows, removes the sheet and
 * reports requirement sets and number separators.
 */
import type { CellValue } from "../layout/types";
import { judge, placeCases, scratchGrid, selfTestCases, type SelfTestRow } from "./selftest";
import { queueStructureProtection, rereadWhileBusy, type ExcelRun, type HostOptions, type OnProgress } from "./excel";

/** What the self-test found: a row per check, the environment, and the round trips it took. */
export interface SelfTestOutcome {
  readonly rows: ReadonlyArray<SelfTestRow>;
  /** Requirement sets and the locale's list separator, as this Excel reports them. */
  readonly environment: ReadonlyArray<{ readonly what: string; readonly value: string; readonly pass: boolean }>;
  readonly syncs: number;
}

/** The scratch sheet the self-test writes and removes. */
export const SELF_TEST_SHEET = "SOP self-test";

/** The requirement sets the add-in needs (the manifest declares them; see test/manifest). */
const NEEDED_SETS: ReadonlyArray<[string, string]> = [
  ["ExcelApi", "1.9"],
  ["SharedRuntime", "1.1"],
  ["CustomFunctionsRuntime", "1.3"],
];

/** Requirement sets as Office reports them (`Office.context.requirements.isSetSupported`), when Office is there. */
function requirementChecks(): Array<{ what: string; value: string; pass: boolean }> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  return NEEDED_SETS.map(([set, v]) => {
    if (!req) return { what: `${set} ${v}`, value: "not checked (not running in Office)", pass: true };
    const ok = req.isSetSupported(set, v);
    return { what: `${set} ${v}`, value: ok ? "supported" : "NOT supported", pass: ok };
  });
}

export async function selfTest(run: ExcelRun, onProgress: OnProgress, options: HostOptions): Promise<SelfTestOutcome> {
  return run(async (context) => {
    onProgress("Preparing the scratch sheet", 0, 4);
    const placed = placeCases(selfTestCases());
    const grid = scratchGrid(placed);
    const structure = queueStructureProtection(context);
    const sheets = context.workbook.worksheets;
    const old = sheets.getItemOrNullObject(SELF_TEST_SHEET);
    old.load("name");
    // The locale's number format (ExcelApi 1.11), reported: the add-in writes formulas through
    // Range.formulas, which takes the invariant (en-US) syntax whatever the locale's separators.
    const office = (globalThis as { Office?: typeof Office }).Office;
    const culture = office?.context?.requirements?.isSetSupported("ExcelApi", "1.11")
      ? context.application.cultureInfo.numberFormat
      : null;
    culture?.load("numberDecimalSeparator,numberGroupSeparator");
    await context.sync();
    structure.check();
    if (!old.isNullObject) old.delete();
    const ws = sheets.add(SELF_TEST_SHEET);
    ws.getRangeByIndexes(0, 0, grid.length, grid[0].length).formulas = grid as unknown as string[][];
    onProgress("Entering every SOP function", 1, 4);
    await context.sync();
    let syncs = 2;
    const readResults = (): Excel.Range => {
      const r = ws.getRangeByIndexes(0, 0, grid.length, 1);
      r.load("values");
      return r;
    };
    const first = readResults();
    await context.sync();
    const busy = (values: unknown[][]): boolean => values.some((row) => row[0] === "#BUSY!");
    const { value: values, reads } = await rereadWhileBusy(
      context,
      first.values,
      () => {
        const r = readResults();
        return () => r.values;
      },
      busy,
      options,
      () => onProgress("Waiting for Excel to calculate", 2, 4),
    );
    syncs += reads;
    const got = placed.map((p) => {
      const v = values[p.row]?.[0] as CellValue | undefined;
      return v === "" || v === undefined ? null : v;
    });
    onProgress("Removing the scratch sheet", 3, 4);
    ws.delete();
    await context.sync();
    syncs++;
    onProgress("Done", 4, 4);
    const environment = [
      ...requirementChecks(),
      culture
        ? {
            what: "Decimal / thousands separator",
            value: `${culture.numberDecimalSeparator} / ${culture.numberGroupSeparator}`,
            pass: true,
          }
        : { what: "Decimal / thousands separator", value: "not checked (ExcelApi 1.11 not available)", pass: true },
    ];
    return { rows: judge(placed, got), environment, syncs };
  });
}

/**
 * Command-line arguments of `npm run pack`.
 */

export interface PackArgs {
  readonly help: boolean;
  /** Output .xlsx path. */
  readonly out: string;
  /** Folder of CSV files to import instead of the bundled sample company. */
  readonly csv?: string;
  /** Write the cycle's data as CSV files to this folder (and no workbook). */
  readonly exportCsv?: string;
  /** Leave out the executive deck sheet. */
  readonly deck: boolean;
  /** Store SOP.* formulas as typed instead of Excel's `_xldudf_` spelling. */
  readonly plainFunctions: boolean;
  /** Also print the Executive Summary as a PDF next to the workbook (LibreOffice headless). */
  readonly pdf: boolean;
  /** No progress lines on stderr. */
  readonly quiet: boolean;
}

export const DEFAULT_OUT = "out/sop-pack.xlsx";

export const USAGE = `Usage: npm run pack -- [options]

Builds the monthly S&OP planning workbook as an .xlsx file, without Excel.

Options:
  --out PATH          where to write the workbook (default ${DEFAULT_OUT})
  --csv DIR           import the cycle from a folder of CSV files (see docs: settings.csv,
                      families.csv, actuals.csv, pipeline.csv, orders.csv, actions.csv,
                      optional overrides.csv); without it, the bundled sample company
  --export-csv DIR    write the cycle (sample or --csv) as CSV files to DIR instead of a workbook
  --no-deck           leave out the executive summary sheet
  --plain-functions   store SOP.* formulas as typed rather than as Excel saves them (_xldudf_)
  --pdf               also write the Executive Summary as a PDF next to the workbook (same name,
                      .pdf; at most 2 landscape pages, charts included), the meeting's pre-read.
                      Printed by LibreOffice headless: the program named by the SOFFICE
                      environment variable, else soffice or libreoffice on PATH; without it the
                      workbook is still written and the command says what to install (exit 3)
  -q, --quiet         no progress lines on stderr (reading, laying out, writing, done in N s)
  -h, --help          show this help
`;

export type ParsedArgs =
  { readonly ok: true; readonly args: PackArgs } | { readonly ok: false; readonly error: string };

/** Parses argv (without node and script); `--name=value` and `--name value` both work. */
export function parseArgs(argv: ReadonlyArray<string>): ParsedArgs {
  let out: string | undefined;
  let csv: string | undefined;
  let exportCsv: string | undefined;
  let help = false;
  let deck = true;
  let plainFunctions = false;
  let pdf = false;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string | undefined => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) return undefined;
      i += 1;
      return next;
    };
    switch (name) {
      case "-h":
      case "--help":
        help = true;
        break;
      case "--no-deck":
        deck = false;
        break;
      case "--plain-functions":
        plainFunctions = true;
        break;
      case "--pdf":
        pdf = true;
        break;
      case "-q":
      case "--quiet":
        quiet = true;
        break;
      case "--out":
      case "--csv":
      case "--export-csv": {
        const value = takeValue();
        if (value === undefined || value === "") return { ok: false, error: `${name} needs a value` };
        if (name === "--out") out = value;
        else if (name === "--csv") csv = value;
        else exportCsv = value;
        break;
      }
      default:
        return { ok: false, error: `unknown option ${JSON.stringify(arg)}` };
    }
  }
  if (out !== undefined && !out.toLowerCase().endsWith(".xlsx")) {
    return { ok: false, error: `--out must name an .xlsx file, got ${JSON.stringify(out)}` };
  }
  if (pdf && !deck) return { ok: false, error: "--pdf prints the executive summary, which --no-deck leaves out" };
  if (pdf && exportCsv !== undefined)
    return { ok: false, error: "--pdf prints the workbook, which --export-csv does not write" };
  return { ok: true, args: { help, out: out ?? DEFAULT_OUT, csv, exportCsv, deck, plainFunctions, pdf, quiet } };
}

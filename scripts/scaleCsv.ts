/**
 * A large cycle folder from the sample company's CSV files (examples/sample-csv), for measuring
 * `npm run pack` at scale:
 *
 *   node -r ts-node/register/transpile-only scripts/scaleCsv.ts OUT_DIR [--families 1000]
 *     [--history 36] [--orders LINES]
 *
 * Each sample family is copied (families / 5 copies, "Valves 001", "Valves 002", ...) with
 * its actuals, overrides, previous consensus, pipeline deals and order lines. History longer
 * than the sample's 24 months repeats the sample's first year earlier at 95 % (same
 * seasonality, a slightly lower level). Each copy is its own series: its quantities (and its
 * opening inventory and capacity) are scaled by a factor of 0.8 to 1.2 for the copy, and its
 * actuals and previous consensus by a further +-5 % per month, so that no two families have
 * the same history (a forecast fitted once would otherwise serve all the copies). `--orders` writes that many order lines instead of the
 * copies of the sample's (cycling through the sample's lines and the families).
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { formatCsv, parseCsv } from "../src/io/csv";
import { addMonths, monthDiff } from "../src/core/plan-model/months";

const SAMPLE = path.resolve(__dirname, "../examples/sample-csv");

/** A deterministic number in [-1, 1) for `k`. */
const wobble = (k: number): number => {
  const x = Math.sin(k * 12.9898) * 43758.5453;
  return 2 * (x - Math.floor(x)) - 1;
};

/** The scale of copy `c` (1-based): 0.8 to 1.2. */
const copyFactor = (c: number): number => 1 + 0.2 * wobble(c);

interface Table {
  readonly header: string[];
  readonly rows: string[][];
}

function readSample(file: string): Table {
  const [header, ...rows] = parseCsv(readFileSync(path.join(SAMPLE, file), "utf8")).records.map((r) => [...r.fields]);
  return { header, rows };
}

function write(dir: string, file: string, table: Table): void {
  writeFileSync(path.join(dir, file), formatCsv(table.header, table.rows));
}

export interface ScaleOptions {
  readonly families: number;
  readonly history: number;
  /** Order lines to write; default: a copy of the sample's per family copy. */
  readonly orders?: number;
}

/** Writes the scaled cycle folder `dir`. */
export function writeScaledCycle(dir: string, options: ScaleOptions): void {
  mkdirSync(dir, { recursive: true });
  const families = readSample("families.csv");
  const copies = Math.ceil(options.families / families.rows.length);
  const width = String(copies).length;
  const names: Array<{ sample: string; name: string; copy: number }> = [];
  for (let c = 1; c <= copies; c++) {
    for (const f of families.rows) {
      if (names.length < options.families) names.push({ sample: f[0], name: `${f[0]} ${String(c).padStart(width, "0")}`, copy: c });
    }
  }
  const bySample = (rows: string[][], col: number): Map<string, string[][]> => {
    const m = new Map<string, string[][]>();
    for (const r of rows) m.set(r[col], [...(m.get(r[col]) ?? []), r]);
    return m;
  };
  /** Every row of `table` once per family copy, the family column renamed, `scaled` columns varied. */
  const perCopy = (
    table: Table,
    col: number,
    scaled: { readonly columns: ReadonlyArray<number>; readonly noise: boolean },
    edit: (row: string[], copy: number) => string[] = (r) => r,
  ): Table => {
    const groups = bySample(table.rows, col);
    const rows: string[][] = [];
    for (const n of names) {
      (groups.get(n.sample) ?? []).forEach((r, i) => {
        const row = [...r];
        row[col] = n.name;
        const factor = copyFactor(n.copy) * (scaled.noise ? 1 + 0.05 * wobble(n.copy * 7919 + i) : 1);
        for (const c of scaled.columns) row[c] = String(Math.round(Number(row[c]) * factor));
        rows.push(edit(row, n.copy));
      });
    }
    return { header: table.header, rows };
  };

  const settings = readSample("settings.csv");
  const cycleMonth = settings.rows.find((r) => r[0] === "cycle_month")![1];
  const sampleHistory = Number(settings.rows.find((r) => r[0] === "history_months")![1]);
  write(dir, "settings.csv", {
    header: settings.header,
    rows: settings.rows.map((r) => (r[0] === "history_months" ? [r[0], String(options.history)] : r)),
  });
  write(dir, "families.csv", perCopy(families, 0, { columns: [4, 5], noise: false }));

  const actuals = readSample("actuals.csv");
  const first = addMonths(cycleMonth, -sampleHistory);
  const earlier: string[][] = [];
  for (let back = sampleHistory + 1; back <= options.history; back++) {
    const month = addMonths(cycleMonth, -back);
    const source = addMonths(first, (((monthDiff(first, month) % 12) + 12) % 12));
    for (const r of actuals.rows.filter((a) => a[1] === source)) {
      earlier.push([r[0], month, String(Math.round(Number(r[2]) * 0.95))]);
    }
  }
  const history = [...earlier, ...actuals.rows].filter((r) => monthDiff(r[1], cycleMonth) <= options.history);
  history.sort((a, b) => a[1].localeCompare(b[1]));
  const quantity = { columns: [2], noise: true };
  write(dir, "actuals.csv", perCopy({ header: actuals.header, rows: history }, 0, quantity));
  write(dir, "overrides.csv", perCopy(readSample("overrides.csv"), 0, { columns: [2], noise: false }));
  write(dir, "previous_consensus.csv", perCopy(readSample("previous_consensus.csv"), 0, quantity));
  const deals = { columns: [2], noise: false };
  write(dir, "pipeline.csv", perCopy(readSample("pipeline.csv"), 1, deals, (r, c) => [`${r[0]} #${c}`, ...r.slice(1)]));

  const orders = readSample("orders.csv");
  if (options.orders === undefined) {
    write(dir, "orders.csv", perCopy(orders, 2, { columns: [], noise: false }, (r, c) => [`${r[0]}-${c}`, ...r.slice(1)]));
  } else {
    const rows: string[][] = [];
    for (let i = 0; i < options.orders; i++) {
      const r = orders.rows[i % orders.rows.length];
      rows.push([`SO-${i + 1}`, "1", names[i % names.length].name, ...r.slice(3)]);
    }
    write(dir, "orders.csv", { header: orders.header, rows });
  }
  write(dir, "actions.csv", readSample("actions.csv"));
  write(dir, "kpis.csv", readSample("kpis.csv"));
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const option = (name: string): number | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const dir = argv[0];
  if (dir === undefined || dir.startsWith("--")) {
    process.stderr.write("Usage: scaleCsv.ts OUT_DIR [--families 1000] [--history 36] [--orders LINES]\n");
    process.exit(2);
  }
  writeScaledCycle(path.resolve(dir), {
    families: option("--families") ?? 1000,
    history: option("--history") ?? 36,
    orders: option("--orders"),
  });
}

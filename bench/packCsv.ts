/**
 * Benchmark of `npm run pack` from CSV, as a scheduled job runs it: `node bin/pack.js --csv DIR`
 * (what the `pack` script runs, without npm's own start-up) on folders made by
 * scripts/scaleCsv.ts (the sample company's families copied, 36 months of history), each run
 * in its own process: wall time, CPU time (all threads; the comparable figure on a shared
 * machine) and peak resident memory (maxRSS). Next to each, in the same
 * run, the reference: ExcelJS's streaming WorkbookWriter writing the same number of cells
 * (alternately a number and a formula with its cached result); and the statistical baselines
 * alone (`baselinesFor` on the imported folder, in a process of their own): the part of the pack
 * that fits a forecast per family, on every core. Then large order files and `--help`.
 *
 *   node -r ts-node/register/transpile-only bench/packCsv.ts [families...]
 */
import { spawnSync } from "child_process";
import { promises as fs, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { writeScaledCycle } from "../scripts/scaleCsv";

const ROOT = path.resolve(__dirname, "..");
const PACK = path.join(ROOT, "bin", "pack.js");

interface Run {
  readonly seconds: number;
  /** CPU time of the process, all its threads (user + system). */
  readonly cpuSeconds: number;
  readonly peakMB: number;
  readonly code: number;
  readonly stderr: string;
}

/** Runs node with `args`, recording the child's own peak RSS through a preloaded exit hook. */
function runNode(args: ReadonlyArray<string>, tmp: string): Run {
  const hook = path.join(tmp, "rss-hook.js");
  const out = path.join(tmp, "rss.json");
  writeFileSync(
    hook,
    `process.on("exit", () => { const u = process.resourceUsage(); require("fs").writeFileSync(${JSON.stringify(out)}, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime])); });\n`,
  );
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-r", hook, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  const [maxRss, cpu] = JSON.parse(readFileSync(out, "utf8")) as [number, number];
  return { seconds, cpuSeconds: cpu / 1e6, peakMB: maxRss / 1024, code: r.status ?? -1, stderr: r.stderr };
}

/** Cells in an .xlsx file (the `<c ` elements of its sheets). */
async function countCells(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  let n = 0;
  for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    const xml = await zip.file(name)!.async("string");
    n += xml.match(/<c /g)?.length ?? 0;
  }
  return n;
}

/** The reference child: ExcelJS's streaming writer writes `cells` cells, 54 to a row. */
async function reference(cells: number, file: string): Promise<void> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Cells");
  const width = 54;
  for (let r = 0; r * width < cells; r++) {
    const values: Array<number | { formula: string; result: number }> = [];
    for (let c = 0; c < width && r * width + c < cells; c++) {
      values.push(c % 2 === 0 ? r + c : { formula: `A${r + 1}+${c}`, result: r + 2 * c });
    }
    ws.addRow(values).commit();
  }
  ws.commit();
  await wb.commit();
}

/** The baselines child: imports `dir` and times `baselinesFor` alone; prints [wall s, CPU s of all threads]. */
async function baselinesAlone(dir: string): Promise<void> {
  const { importCsvFolder } = await import("../src/io/import");
  const { baselinesFor } = await import("../src/cli/baselines");
  const imported = await importCsvFolder(dir);
  if (!imported.ok) throw new Error(`${dir} does not import`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await baselinesFor(imported.data);
  const cpu = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify([(performance.now() - t0) / 1000, (cpu.user + cpu.system) / 1e6]));
}

const fmt = (n: number): string => n.toLocaleString("en-US");

async function main(): Promise<void> {
  const i = process.argv.indexOf("--reference");
  if (i >= 0) {
    await reference(Number(process.argv[i + 1]), process.argv[i + 2]);
    return;
  }
  const b = process.argv.indexOf("--baselines");
  if (b >= 0) {
    await baselinesAlone(process.argv[b + 1]);
    return;
  }
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "sop-bench-csv-"));
  try {
    // Warm the transpile cache, as every run after the first finds it.
    runNode([PACK, "--out", path.join(tmp, "warm.xlsx"), "--quiet"], tmp);
    const rows: string[] = [];
    /** A finished row, also on stderr at once (the table comes at the end; the 1,000-family run takes minutes). */
    const progress = (row: string): void => {
      rows.push(row);
      process.stderr.write(`${row}\n`);
    };
    for (const families of sizes.length > 0 ? sizes : [10, 100, 1000, 10000]) {
      const dir = path.join(tmp, `f${families}`);
      writeScaledCycle(dir, { families, history: 36 });
      const out = path.join(tmp, `f${families}.xlsx`);
      const pack = runNode([PACK, "--csv", dir, "--out", out, "--quiet"], tmp);
      if (pack.code !== 0) {
        const why = pack.stderr.split("\n").slice(0, 2).join(" ").trim();
        progress(`| ${fmt(families)} | stopped after ${pack.seconds.toFixed(1)} s, ${fmt(Math.round(pack.peakMB))} MB: ${why} |||||||||||`);
        continue;
      }
      const cells = await countCells(out);
      const mb = (await fs.stat(out)).size / 1e6;
      const ref = runNode(["-r", "ts-node/register/transpile-only", __filename, "--reference", String(cells), path.join(tmp, "ref.xlsx")], tmp);
      const fits = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", __filename, "--baselines", dir], {
        cwd: ROOT,
        encoding: "utf8",
      });
      if (fits.status !== 0) throw new Error(`the baselines of ${families} families failed: ${fits.stderr}`);
      const [fitSeconds, fitCpu] = JSON.parse(fits.stdout) as [number, number];
      progress(
        `| ${fmt(families)} | ${fmt(cells)} | ${pack.seconds.toFixed(1)} | ${pack.cpuSeconds.toFixed(1)} | ${fmt(Math.round(pack.peakMB))} | ${mb.toFixed(1)} | ${ref.seconds.toFixed(1)} | ${ref.cpuSeconds.toFixed(1)} | ${fmt(Math.round(ref.peakMB))} | ${(pack.seconds / ref.seconds).toFixed(1)}x | ${(pack.cpuSeconds / ref.cpuSeconds).toFixed(1)}x | ${fitSeconds.toFixed(1)} | ${fitCpu.toFixed(1)} |`,
      );
    }
    const orderRows: string[] = [];
    for (const orders of [100_000, 249_999, 1_000_000]) {
      const dir = path.join(tmp, `o${orders}`);
      writeScaledCycle(dir, { families: 5, history: 24, orders });
      const pack = runNode([PACK, "--csv", dir, "--out", path.join(tmp, `o${orders}.xlsx`), "--quiet"], tmp);
      const outcome = pack.code === 0 ? "written" : `refused: ${pack.stderr.split("\n")[1]?.trim().slice(0, 60)}...`;
      orderRows.push(`| ${fmt(orders)} | ${pack.seconds.toFixed(1)} | ${fmt(Math.round(pack.peakMB))} | ${outcome} |`);
    }
    const help = [1, 2, 3, 4, 5].map(() => runNode([PACK, "--help"], tmp).seconds).sort((a, b) => a - b)[2];
    process.stdout.write(
      [
        `npm run pack from CSV (36 history + 18 plan months, executive summary; Node ${process.version}, ${os.cpus().length} cores; command: node -r ts-node/register/transpile-only bench/packCsv.ts)`,
        "",
        "| families | cells | pack (s) | pack CPU (s) | pack peak RSS (MB) | file (MB) | ExcelJS streaming writer, same cells (s) | its CPU (s) | its peak RSS (MB) | pack / writer, time | pack / writer, CPU | baselines alone (s) | their CPU (s) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ...rows,
        "",
        "Large order files (5 families, 24 history months; every order line is a row of the Orders sheet):",
        "",
        "| order lines | pack (s) | peak RSS (MB) | outcome |",
        "|---:|---:|---:|---|",
        ...orderRows,
        "",
        `--help: ${help.toFixed(2)} s (median of 5; node bin/pack.js --help)`,
        "",
      ].join("\n"),
    );
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exitCode = 1;
});

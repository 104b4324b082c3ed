import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { importFailure, invocationDir, runPack, PackIo } from "../../src/cli/pack";
import { NAMES } from "../../src/layout/names";
import { writeScaledCycle } from "../../scripts/scaleCsv";
import { readRawCells } from "../render/xlsx/rawCells";

const FIXTURES = path.join(__dirname, "..", "fixtures", "csv");

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string; progress: string[] }> {
  let out = "";
  let err = "";
  const progress: string[] = [];
  const io: PackIo = { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), cwd, progress: (t) => progress.push(t) };
  const code = await runPack(argv, io);
  return { code, out, err, progress };
}

const exists = (p: string) => fs.stat(p).then(() => true, () => false);

describe("npm run pack", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-pack-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("writes the sample company to out/sop-pack.xlsx and summarises it", async () => {
    const r = await run([], dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^Wrote out\/sop-pack\.xlsx: the 2026-03 S&OP cycle of Northwind Pumps & Valves, 18 sheets \(Executive Summary, Settings, /);
    expect(r.out).toMatch(/5 product families, 24 months of history and 18 plan months \(2026-03 to 2027-08\)\. \d[\d,]* gaps in the plan, [\d,]+ value at stake in total; largest: /);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "out", "sop-pack.xlsx"));
    expect(wb.worksheets[0].name).toBe("Executive Summary");
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Demand", "Supply", "Finance", "Gaps", "KPIs"]));
    const names = wb.definedNames.model.map((n) => n.name);
    for (const n of Object.values(NAMES)) expect(names).toContain(n);
    expect(await fs.readdir(path.join(dir, "out"))).toEqual(["sop-pack.xlsx"]);
  });

  it("imports a CSV folder and keeps injected formulas as text, end to end", async () => {
    const r = await run(["--csv", path.join(FIXTURES, "small"), "--out", "acme.xlsx"], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Acme, Inc\., .*2 product families, 12 months of history and 6 plan months \(2026-03 to 2026-08\)/);
    const raw = await readRawCells(path.join(dir, "acme.xlsx"));
    const hits = [...raw.values()].flatMap((cells) => [...cells.values()]).filter((c) => typeof c.value === "string" && c.value.startsWith("=HYPERLINK"));
    expect(hits.length).toBeGreaterThan(0);
    for (const c of hits) {
      expect(c.formula).toBeUndefined();
      expect(c.type).toBe("s");
    }
    const formulas = [...raw.values()].flatMap((cells) => [...cells.values()]).map((c) => c.formula ?? "");
    expect(formulas.some((f) => /HYPERLINK|evil\.example/i.test(f))).toBe(false);
    const at = [...raw.values()].flatMap((cells) => [...cells.values()]).filter((c) => c.value === "@SUM(A1)" || c.value === "-Cut price of Gadgets");
    expect(at.map((c) => c.type)).toEqual(expect.arrayContaining(["s", "s"]));
  });

  it("reports each stage as a progress line, and none with --quiet", async () => {
    const r = await run(["--csv", path.join(FIXTURES, "small"), "--out", "acme.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.progress.slice(0, 3)).toEqual([
      `Reading ${path.join(FIXTURES, "small")}...`,
      "Laying out 2 families x 18 months (statistical baseline, plan, deck)...",
      "Writing acme.xlsx...",
    ]);
    expect(r.progress[3]).toMatch(/^Done in \d+\.\d s\.$/);
    expect(r.progress).toHaveLength(4);
    const quiet = await run(["--csv", path.join(FIXTURES, "small"), "--out", "quiet.xlsx", "--quiet"], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.progress).toEqual([]);
    expect(quiet.out).toBe(r.out.replace("acme.xlsx", "quiet.xlsx"));
  });

  it("reports every CSV problem with file, line and column, writes nothing and exits 1", async () => {
    const r = await run(["--csv", path.join(FIXTURES, "bad"), "--out", "bad.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(`Cannot import ${path.join(FIXTURES, "bad")}: 18 problems.`);
    expect(r.err).toContain('  pipeline.csv line 7, column win_probability: expected a number from 0 to 1, got "high"');
    expect(r.err).toContain("Nothing was written.");
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("lists at most 50 problems and counts the rest per file", async () => {
    const cycle = path.join(dir, "cycle");
    await fs.mkdir(cycle);
    for (const f of await fs.readdir(path.join(FIXTURES, "small"))) await fs.copyFile(path.join(FIXTURES, "small", f), path.join(cycle, f));
    // 60 bad quantities in actuals.csv and 5 bad probabilities in pipeline.csv: 65 problems, 50 listed, 15 counted
    const actuals = ["family,month,quantity", ...Array.from({ length: 60 }, (_, i) => `Widgets,${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")},lots`)];
    const pipeline = ["deal,family,quantity,stage,win_probability,close_month", ...Array.from({ length: 5 }, (_, i) => `D${i},Widgets,1,Won,high,2026-04`)];
    await fs.writeFile(path.join(cycle, "actuals.csv"), actuals.join("\n"));
    await fs.writeFile(path.join(cycle, "pipeline.csv"), pipeline.join("\n"));
    const r = await run(["--csv", "cycle", "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toBe("Cannot import cycle: 65 problems.");
    expect(lines[1]).toBe('  actuals.csv line 2, column quantity: expected a number of at least 0, got "lots"');
    expect(lines[50]).toBe('  actuals.csv line 51, column quantity: expected a number of at least 0, got "lots"');
    expect(lines.slice(51)).toEqual([
      "  and 15 more like this (actuals.csv: 10, pipeline.csv: 5)",
      "Nothing was written. Fix the files and run the command again.",
    ]);
    expect(await fs.readdir(dir)).toEqual(["cycle"]);
  });

  it("stops a 10,000-family folder before its work, naming the families a pack holds", async () => {
    const cycle = path.join(dir, "cycle");
    // 10,000 families with 36 months of history: actuals.csv is also over the lines a pack reads,
    // a consequence of the family count, which is the one problem reported.
    writeScaledCycle(cycle, { families: 10_000, history: 36 });
    const r = await run(["--csv", "cycle", "--out", "x.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.trimEnd().split("\n")).toEqual([
      "Cannot import cycle: 1 problem.",
      "  families.csv: 10,000 families; a pack holds at most 2,000 families (the workbook is built in memory, about 0.7 GB for 1,000 families). Split the families into packs of at most 2,000, e.g. by product line or region",
      "Nothing was written. Fix the files and run the command again.",
    ]);
    expect(r.progress).toEqual(["Reading cycle..."]);
    expect(await fs.readdir(dir)).toEqual(["cycle"]);
  });

  it("counts the unlisted problems with thousands separators", () => {
    const issues = Array.from({ length: 49712 }, (_, i) => ({ file: "actuals.csv", line: i + 2, column: "family", message: "unknown family" }));
    const lines = importFailure("big", issues);
    expect(lines).toHaveLength(53);
    expect(lines[0]).toBe("Cannot import big: 49,712 problems.");
    expect(lines[51]).toBe("  and 49,662 more like this (actuals.csv: 49,662)");
  });

  it("imports a semicolon-separated Windows-1252 folder with a warning per converted file", async () => {
    const cycle = path.join(dir, "cycle");
    await fs.mkdir(cycle);
    for (const f of await fs.readdir(path.join(FIXTURES, "small"))) await fs.copyFile(path.join(FIXTURES, "small", f), path.join(cycle, f));
    const families = "family;unit;price;unit_cost;opening_inventory;capacity_per_month;target_days_of_supply\nWidgets;units;25;15;1.200,0;2500;30\nGadgets \"Pro\";pi\xe8ces;80,5;52;300;600;45\n";
    await fs.writeFile(path.join(cycle, "families.csv"), Buffer.from(families, "latin1"));
    const r = await run(["--csv", "cycle", "--out", "x.xlsx", "--no-deck"], dir);
    expect(r.err).toBe('Warning: families.csv: not UTF-8; read as Windows-1252 (Western European, as Excel saves "CSV" on Windows). Save it as "CSV UTF-8" to be sure every character is right\n');
    expect(r.code).toBe(0);
    expect(await exists(path.join(dir, "x.xlsx"))).toBe(true);
  });

  it("exits 2 with the usage on a bad option, and prints help", async () => {
    const bad = await run(["--ouput", "x.xlsx"], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^Error: unknown option "--ouput"\.\n\nUsage: npm run pack/);
    const help = await run(["--help"], dir);
    expect(help.code).toBe(0);
    expect(help.out).toContain("--csv DIR");
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("exits 1 with a clear message when the file cannot be written", async () => {
    await fs.writeFile(path.join(dir, "blocker"), "not a folder");
    const r = await run(["--out", "blocker/x.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Error: the pack could not be written: /);
  });

  it("resolves paths against the folder npm was run in (INIT_CWD), else the working folder", () => {
    expect(invocationDir({ INIT_CWD: "/home/ann/plans" }, "/repo")).toBe("/home/ann/plans");
    expect(invocationDir({}, "/repo")).toBe("/repo");
    expect(invocationDir({ INIT_CWD: "" }, "/repo")).toBe("/repo");
  });

  it("writes through an exclusively created temporary file with an unpredictable name next to the target", async () => {
    const open = jest.spyOn(fs, "open");
    try {
      expect((await run(["--out", "a/x.xlsx", "--no-deck"], dir)).code).toBe(0);
      expect((await run(["--out", "a/x.xlsx", "--no-deck"], dir)).code).toBe(0);
      const calls = open.mock.calls.filter(([p]) => String(p).includes(".tmp"));
      expect(calls).toHaveLength(2);
      for (const [p, flags] of calls) {
        expect(path.dirname(String(p))).toBe(path.join(dir, "a"));
        expect(path.basename(String(p))).toMatch(/^\.x\.xlsx\.[0-9a-f]{16}\.tmp$/);
        expect(flags).toBe("wx");
      }
      expect(calls[0][0]).not.toBe(calls[1][0]);
    } finally {
      open.mockRestore();
    }
    expect(await fs.readdir(path.join(dir, "a"))).toEqual(["x.xlsx"]);
  });

  it("replaces a symlink at the target instead of writing through it", async () => {
    await fs.writeFile(path.join(dir, "victim.txt"), "keep me");
    await fs.symlink(path.join(dir, "victim.txt"), path.join(dir, "link.xlsx"));
    const r = await run(["--out", "link.xlsx", "--no-deck"], dir);
    expect(r.code).toBe(0);
    expect(await fs.readFile(path.join(dir, "victim.txt"), "utf8")).toBe("keep me");
    expect((await fs.lstat(path.join(dir, "link.xlsx"))).isSymbolicLink()).toBe(false);
  });

  it("leaves no temporary file when the rename fails", async () => {
    await fs.mkdir(path.join(dir, "x.xlsx"));
    const r = await run(["--out", "x.xlsx", "--no-deck"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Error: the pack could not be written: /);
    expect(await fs.readdir(dir)).toEqual(["x.xlsx"]);
  });

  it("exports the cycle as CSV files that import back", async () => {
    const r = await run(["--export-csv", "cycle"], dir);
    expect(r.code).toBe(0);
    expect((await fs.readdir(path.join(dir, "cycle"))).sort()).toEqual(
      ["actions.csv", "actuals.csv", "budget.csv", "families.csv", "kpi_history.csv", "kpis.csv", "orders.csv", "overrides.csv", "pipeline.csv", "plan_history.csv", "previous_consensus.csv", "production_actuals.csv", "settings.csv"],
    );
    const back = await run(["--csv", "cycle", "--out", "again.xlsx", "--no-deck"], dir);
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/17 sheets \(Settings,/);
    expect(await exists(path.join(dir, "again.xlsx"))).toBe(true);
  });
});

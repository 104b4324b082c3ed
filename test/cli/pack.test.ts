import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runPack, PackIo } from "../../src/cli/pack";
import { NAMES } from "../../src/layout/names";
import { readRawCells } from "../render/xlsx/rawCells";

const FIXTURES = path.join(__dirname, "..", "fixtures", "csv");

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: PackIo = { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), cwd };
  const code = await runPack(argv, io);
  return { code, out, err };
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
    expect(r.out).toMatch(/^Wrote out\/sop-pack\.xlsx: the 2026-03 S&OP cycle of Northwind Pumps & Valves, 12 sheets \(Executive Summary, Settings, /);
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

  it("reports every CSV problem with file, line and column, writes nothing and exits 1", async () => {
    const r = await run(["--csv", path.join(FIXTURES, "bad"), "--out", "bad.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(`Cannot import ${path.join(FIXTURES, "bad")}: 17 problems.`);
    expect(r.err).toContain('  pipeline.csv line 7, column win_probability: expected a number from 0 to 1, got "high"');
    expect(r.err).toContain("Nothing was written.");
    expect(await fs.readdir(dir)).toEqual([]);
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

  it("exports the cycle as CSV files that import back", async () => {
    const r = await run(["--export-csv", "cycle"], dir);
    expect(r.code).toBe(0);
    expect((await fs.readdir(path.join(dir, "cycle"))).sort()).toEqual(
      ["actions.csv", "actuals.csv", "families.csv", "kpis.csv", "orders.csv", "overrides.csv", "pipeline.csv", "previous_consensus.csv", "settings.csv"],
    );
    const back = await run(["--csv", "cycle", "--out", "again.xlsx", "--no-deck"], dir);
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/11 sheets \(Settings,/);
    expect(await exists(path.join(dir, "again.xlsx"))).toBe(true);
  });
});

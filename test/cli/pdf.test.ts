/**
 * `npm run pack -- --pdf`: the Executive Summary as a PDF pre-read, printed by LibreOffice.
 * The PDF itself needs LibreOffice (CI installs it, .ci/run); without it that part is skipped
 * with a message. What happens when LibreOffice is missing is tested everywhere.
 */
import { spawnSync } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runPack, EXIT_NO_PDF, PackIo } from "../../src/cli/pack";
import { packSpec } from "../../src/cli/build";
import { findSoffice } from "../../src/cli/libreoffice";
import { deckPdf } from "../../src/cli/pdf";
import { sampleCycle } from "../../src/data/sample";
import { syntheticCycle } from "../../src/data/synthetic";

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: PackIo = { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), cwd, env };
  const code = await runPack(argv, io);
  return { code, out, err };
}

const exists = (p: string): Promise<boolean> => fs.stat(p).then(() => true, () => false);

/** Whether the pack will find LibreOffice here, as src/cli/libreoffice.ts looks for it. */
function libreOfficeHere(): boolean {
  if (process.env.SOFFICE) return existsSync(process.env.SOFFICE);
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter((d) => d !== "");
  return ["soffice", "libreoffice"].some((n) => dirs.some((d) => existsSync(path.join(d, n))));
}

const onPath = (program: string): boolean => spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;

/** Pages of a PDF, counted from its page objects (LibreOffice writes them uncompressed). */
function pdfPages(pdf: Buffer): { count: number; boxes: number[][] } {
  const text = pdf.toString("latin1");
  const count = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) => m[1].trim().split(/\s+/).map(Number));
  return { count, boxes };
}

describe("npm run pack -- --pdf", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-pdf-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("without LibreOffice still writes the workbook and says what to install, without a stack trace", async () => {
    const empty = path.join(dir, "no-programs");
    await fs.mkdir(empty);
    const r = await run(["--out", "plan.xlsx", "--pdf"], dir, { PATH: empty });
    expect(r.code).toBe(EXIT_NO_PDF);
    expect(r.out).toMatch(/^Wrote plan\.xlsx: /);
    expect(r.err).toBe(
      "Error: no PDF was written: LibreOffice was not found (neither soffice nor libreoffice is on PATH, and SOFFICE is not set). " +
        "To print the PDF, install LibreOffice Calc (Debian/Ubuntu: apt-get install libreoffice-calc-nogui; macOS: brew install --cask libreoffice) " +
        "or set SOFFICE to the path of its soffice program. The workbook plan.xlsx was written.\n",
    );
    expect(await exists(path.join(dir, "plan.xlsx"))).toBe(true);
    expect(await fs.readdir(dir)).toEqual(expect.not.arrayContaining(["plan.pdf"]));
  });

  it("names a SOFFICE that is not a program", async () => {
    const r = await run(["--out", "plan.xlsx", "--pdf"], dir, { SOFFICE: path.join(dir, "nothing-here"), PATH: "/usr/bin:/bin" });
    expect(r.code).toBe(EXIT_NO_PDF);
    expect(r.err).toContain(`Error: no PDF was written: SOFFICE is set to ${JSON.stringify(path.join(dir, "nothing-here"))}, which is not an executable file.`);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(await exists(path.join(dir, "plan.xlsx"))).toBe(true);
  });

  const withLibreOffice = libreOfficeHere() ? describe : describe.skip;
  if (!libreOfficeHere()) {
    // eslint-disable-next-line no-console
    console.warn("Skipping the PDF print test: LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui.");
  }

  withLibreOffice("printed by LibreOffice", () => {
    it("prints the sample's Executive Summary on at most 2 landscape pages, charts in, appendix out", async () => {
      const r = await run(["--out", "pack/sop.xlsx", "--pdf"], dir, process.env);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/\nWrote pack\/sop\.pdf: the executive summary, the meeting's pre-read \(printed by .+\)\.\n$/);
      expect((await fs.readdir(path.join(dir, "pack"))).sort()).toEqual(["sop.pdf", "sop.xlsx"]);
      const pdf = await fs.readFile(path.join(dir, "pack", "sop.pdf"));
      const pages = pdfPages(pdf);
      expect(pages.count).toBeGreaterThanOrEqual(1);
      expect(pages.count).toBeLessThanOrEqual(2);
      for (const [x0, y0, x1, y1] of pages.boxes) expect(x1 - x0).toBeGreaterThan(y1 - y0); // landscape

      if (!onPath("pdftotext")) {
        // eslint-disable-next-line no-console
        console.warn("Skipping the PDF text checks: pdftotext (poppler-utils) is not installed.");
        return;
      }
      const text = spawnSync("pdftotext", ["-layout", path.join(dir, "pack", "sop.pdf"), "-"], { encoding: "utf8" }).stdout;
      // The summary from its title to the decisions; the charts' titles are drawn text.
      const wanted = ["S&OP executive summary, 2026-03", "Plan at a glance", "Demand vs production plan vs production capacity", "Revenue vs target by month", "9. Final decisions and owners"];
      for (const s of wanted) expect([s, text.includes(s)]).toEqual([s, true]);
      // The month-by-month appendix stays out; the footer names company, cycle and page.
      expect(text).not.toContain("A2. Plan by family and month");
      expect(text).toContain("Northwind Pumps & Valves · S&OP cycle 2026-03");
      expect(text).toMatch(/Page 1 of [12]/);
      // A readable size: the table text's words are at least 6.5 pt tall (11-pt cells printed at about 60 % or more).
      const bbox = spawnSync("pdftotext", ["-bbox", path.join(dir, "pack", "sop.pdf"), "-"], { encoding: "utf8" }).stdout;
      const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(Compact|Controllers|Valves)</g)].map((m) => Number(m[2]) - Number(m[1]));
      expect(heights.length).toBeGreaterThan(3);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(6.5);
    }, 120_000);

    it("keeps the sample with a shared line, and so all four response options, on 2 pages at a readable size", async () => {
      // One assembly line of 6,500 hours a month loaded by three families (1, 6 and 2 hours a
      // unit): demand needs more, and margin per hour ranks them otherwise than Families order, so
      // Allocate by margin is offered beside Plan as is, Build ahead and Overtime.
      const sample = sampleCycle();
      const spec = packSpec(
        {
          ...sample,
          resources: [{ name: "Assembly line", capacityPerMonth: 6500 }],
          routings: [
            { family: "Compact pumps", resource: "Assembly line", hoursPerUnit: 1 },
            { family: "Industrial pumps", resource: "Assembly line", hoursPerUnit: 6 },
            { family: "Controllers", resource: "Assembly line", hoursPerUnit: 2 },
          ],
        },
        true,
        (t) => {
          throw new Error(t);
        },
      );
      const texts = spec.sheets[0].cells.flat().map((c) => String(c?.value ?? ""));
      for (const o of ["Build ahead", "Allocate by margin", "Overtime"]) expect(texts).toContain(`${o}: within targets`);
      const file = path.join(dir, "shared-line.pdf");
      const soffice = await findSoffice(process.env);
      if (!soffice.ok) throw new Error(soffice.error);
      await fs.writeFile(file, await deckPdf(spec, soffice.path));
      const pages = pdfPages(await fs.readFile(file));
      expect(pages.count).toBeLessThanOrEqual(2);
      for (const [x0, y0, x1, y1] of pages.boxes) expect(x1 - x0).toBeGreaterThan(y1 - y0);
      if (!onPath("pdftotext")) return;
      const bbox = spawnSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" }).stdout;
      const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(Allocate|Compact|Controllers)</g)].map((m) => Number(m[2]) - Number(m[1]));
      expect(heights.length).toBeGreaterThan(3);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(6.5);
      const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
      expect(text).toContain("Allocate by margin: gross margin");
      expect(text).toContain("9. Final decisions and owners");
    }, 120_000);

    it("keeps a cycle with nine families and eight bias exceptions on 2 pages at a readable size", async () => {
      // The synthetic cycle's actuals grown 15 % a month: every lag-1 forecast trails its actual,
      // so eight of the nine families sell above their consensus (tracking signal beyond +4).
      const base = syntheticCycle(9, 18);
      const months = [...new Set(base.actuals.map((a) => a.month))].sort();
      const actuals = base.actuals.map((a) => ({ ...a, quantity: Math.round(a.quantity * 1.15 ** months.indexOf(a.month)) }));
      const spec = packSpec({ ...base, actuals }, true, (t) => {
        throw new Error(t);
      });
      const deck = spec.sheets[0];
      const texts = deck.cells.flat().map((c) => String(c?.value ?? ""));
      expect(texts.filter((t) => /^\d+\. Bias exception: /.test(t)).length).toBeGreaterThanOrEqual(1);
      expect(texts).toContain("6. And 6 more decisions (the Gaps sheet lists them): 6 bias exceptions.");
      expect(texts).toContain("Other families (5)");
      const file = path.join(dir, "biased.pdf");
      const soffice = await findSoffice(process.env);
      if (!soffice.ok) throw new Error(soffice.error);
      await fs.writeFile(file, await deckPdf(spec, soffice.path));
      const pages = pdfPages(await fs.readFile(file));
      expect(pages.count).toBe(2);
      for (const [x0, y0, x1, y1] of pages.boxes) expect(x1 - x0).toBeGreaterThan(y1 - y0);
      if (!onPath("pdftotext")) return;
      const bbox = spawnSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" }).stdout;
      const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Family</g)].map((m) => Number(m[2]) - Number(m[1]));
      expect(heights.length).toBeGreaterThan(3);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(6.5);
      // Every section prints, the last one too.
      const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
      expect(text).toContain("9. Final decisions and owners");
    }, 120_000);
  });
});

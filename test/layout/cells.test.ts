/** Input cells look like inputs and carry a key; formula cells never do; formulas stay native. */
import { sampleCycle } from "../../src/data/sample";
import { buildWorkbook } from "../../src/layout/workbook";
import { parseRef } from "../../src/layout/a1";

const spec = buildWorkbook(sampleCycle());

/** Functions LibreOffice and HyperFormula both know; nothing newer (no LET, LAMBDA, dynamic arrays). */
const NATIVE = new Set(["SUM", "SUMIF", "SUMIFS", "SUMPRODUCT", "IF", "MAX", "MIN", "INDEX", "MATCH", "LARGE", "INT", "ROUND", "COUNT", "ISNUMBER", "ABS", "AND", "OR", "NORM.S.INV", "SQRT", "SUMSQ", "UNICHAR", "ISBLANK"]);

describe("cells of the workbook", () => {
  it("gives every input cell a unique key and the input style, and no other cell either", () => {
    const seen = new Set<string>();
    for (const s of spec.sheets)
      s.cells.forEach((row, r) =>
        row.forEach((c, col) => {
          if (c === null) return;
          if (c.key !== undefined) {
            expect(c.style).toBe("input");
            // The one default that is a formula: a Supply plan month not typed is "=" its
            // proposed cell, just above it (typing replaces it).
            if (c.key.startsWith("Supply|plan|")) expect(c.formula).toBe(`=${String.fromCharCode(65 + col)}${r}`);
            else expect(c.formula).toBeUndefined();
            expect(seen.has(c.key)).toBe(false);
            seen.add(c.key);
          } else {
            expect(c.style).not.toBe("input");
          }
          if (c.formula !== undefined && c.key === undefined) expect(["formula", "total", "note"]).toContain(c.style);
        }),
      );
    expect(seen.size).toBeGreaterThan(1000);
  });

  it("uses only native functions outside the SOP.* KPI cells", () => {
    const used = new Set<string>();
    for (const s of spec.sheets)
      for (const row of s.cells)
        for (const c of row) {
          if (c?.formula === undefined) continue;
          expect(c.formula.startsWith("=")).toBe(true);
          for (const m of c.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) if (!m[1].startsWith("SOP.")) used.add(m[1]);
          if (c.formula.includes("SOP.")) expect(s.name).toBe("KPIs");
        }
    for (const f of used) expect([f, NATIVE.has(f)]).toEqual([f, true]);
  });

  it("writes the baseline band as values bracketing the baseline beside it, read nowhere", () => {
    const demand = spec.sheets.find((s) => s.name === "Demand")!;
    const label = (r: number): unknown => demand.cells[r][1]?.value;
    const rows = new Set<number>();
    let checked = 0;
    demand.cells.forEach((row, r) => {
      if (label(r) !== "Baseline 80 % low") return;
      // Under each family's baseline: the baseline, then its low and high rows.
      expect([label(r - 1), label(r + 1)]).toEqual(["Statistical baseline", "Baseline 80 % high"]);
      rows.add(r + 1).add(r + 2); // 1-based rows of the low and high cells
      row.forEach((c, col) => {
        if (col < 2 || c === null) return;
        const [base, high] = [demand.cells[r - 1][col]?.value, demand.cells[r + 1][col]?.value];
        expect([c.formula, demand.cells[r + 1][col]?.formula]).toEqual([undefined, undefined]);
        if (typeof c.value !== "number") return;
        expect([typeof base, typeof high]).toEqual(["number", "number"]);
        expect(c.value).toBeLessThanOrEqual(base as number);
        expect(base as number).toBeLessThanOrEqual(high as number);
        checked += 1;
      });
    });
    expect(checked).toBeGreaterThan(0);
    const refersToBand = (ref: string): boolean => {
      const m = /^\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?$/.exec(ref);
      if (!m) return false;
      const lo = Number(m[1]);
      const hi = m[2] !== undefined ? Number(m[2]) : lo;
      // Ranges over several rows are the totals' SUMIF by measure label, which no band label matches.
      return lo === hi && rows.has(lo);
    };
    for (const s of spec.sheets)
      for (const row of s.cells)
        for (const c of row) {
          if (c?.formula === undefined) continue;
          for (const m of c.formula.matchAll(/(?:(\w+)!)?(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g)) {
            const sheet = m[1] ?? s.name;
            if (sheet === "Demand") expect([s.name, m[0], refersToBand(m[2])]).toEqual([s.name, m[0], false]);
          }
        }
    const totals = demand.cells
      .slice(
        0,
        demand.cells.findIndex((row) => row[1]?.value === "units"),
      )
      .map((row) => row[1]?.value);
    expect(totals).not.toContain("Baseline 80 % low");
    expect(totals).not.toContain("Baseline 80 % high");
    for (const n of spec.names) {
      const m = /^Demand!(.*)$/.exec(n.ref);
      if (m) expect([n.name, refersToBand(m[1].replace(/\$/g, ""))]).toEqual([n.name, false]);
    }
  });

  it("protects every sheet with formulas and leaves pure input sheets open", () => {
    for (const s of spec.sheets) {
      const hasFormula = s.cells.some((r) => r.some((c) => c?.formula !== undefined));
      expect([s.name, s.protect]).toEqual([s.name, hasFormula]);
    }
  });

  it("freezes headers, sets widths and keeps validations and formats on the sheet's own ranges", () => {
    for (const s of spec.sheets) {
      expect(s.freeze).toBeDefined();
      expect(s.columnWidths.length).toBeGreaterThan(1);
      for (const v of s.validations) expect(v.range).toMatch(/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/);
      for (const cf of s.conditionalFormats) {
        expect(cf.formula.startsWith("=")).toBe(true);
        expect(() => parseRef(`${s.name}!${cf.range}`)).not.toThrow();
      }
    }
    const actions = spec.sheets.find((s) => s.name === "Actions")!;
    expect(actions.validations).toContainEqual(expect.objectContaining({ kind: "list", values: ["Open", "In progress", "Closed"] }));
    const pipeline = spec.sheets.find((s) => s.name === "Pipeline")!;
    expect(pipeline.validations).toContainEqual(expect.objectContaining({ kind: "decimal", min: 0, max: 1 }));
    const settings = spec.sheets.find((s) => s.name === "Settings")!;
    expect(settings.validations).toContainEqual(expect.objectContaining({ kind: "list", values: ["manufacturing", "saas", "services", "distribution"] }));
  });

  it("leaves spare input rows on the list sheets", () => {
    const data = sampleCycle();
    const pipeline = spec.sheets.find((s) => s.name === "Pipeline")!;
    expect(pipeline.cells.length - 4).toBeGreaterThanOrEqual(data.pipeline.length + 20);
    const last = pipeline.cells[pipeline.cells.length - 1];
    expect(last[0]?.style).toBe("input");
    expect(last[0]?.value).toBeNull();
  });
});

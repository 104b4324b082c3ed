/**
 * Executive deck build time: read a workbook's named ranges, compute the deck and lay out the
 * "Executive Summary" sheet, for growing family counts. Prints a Markdown table.
 *
 *   node -r ts-node/register/transpile-only bench/deck.ts
 */
import { isSopError } from "../src/core/errors";
import { deckInputFromNames } from "../src/deck/input";
import { buildDeckSheet } from "../src/deck/sheet";
import type { SopName } from "../src/layout/names";
import type { CellValue } from "../src/layout/types";

function months(h: number): string[] {
  return Array.from({ length: h }, (_, i) => {
    const y = 2026 + Math.floor((2 + i) / 12);
    const m = ((2 + i) % 12) + 1;
    return `${y}-${String(m).padStart(2, "0")}`;
  });
}

/** A synthetic workbook's named ranges with `f` families over `h` months (deterministic). */
function workbook(f: number, h: number): Map<SopName, CellValue[][]> {
  const fam = Array.from({ length: f }, (_, i) => `Family ${i + 1}`);
  const grid = (g: (r: number, c: number) => number): number[][] => fam.map((_, r) => Array.from({ length: h }, (__, c) => g(r, c)));
  const demand = grid((r, c) => 100 + ((r * 7 + c * 13) % 40));
  const supply = grid((r, c) => 105 + ((r * 5 + c * 3) % 20));
  const price = (r: number): number => 10 + (r % 5);
  const cost = (r: number): number => 6 + (r % 3);
  const m = new Map<SopName, CellValue[][]>();
  m.set("SOP_Company", [["Bench Co"]]);
  m.set("SOP_CycleMonth", [["2026-03"]]);
  m.set("SOP_Months", [months(h)]);
  m.set("SOP_Families", fam.map((n) => [n]));
  m.set("SOP_FamilyTable", fam.map((n, r) => [n, "units", price(r), cost(r), 50, 130, 30]));
  m.set("SOP_Demand", demand);
  m.set("SOP_Supply", supply);
  m.set("SOP_Capacity", grid(() => 130));
  m.set("SOP_Inventory", grid((r, c) => 50 + supply[r].slice(0, c + 1).reduce((a, b) => a + b, 0) - demand[r].slice(0, c + 1).reduce((a, b) => a + b, 0)));
  m.set("SOP_LateDemand", grid(() => 0));
  m.set("SOP_LostDemand", grid(() => 0));
  m.set("SOP_Revenue", grid((r, c) => demand[r][c] * price(r)));
  m.set("SOP_COGS", grid((r, c) => demand[r][c] * cost(r)));
  m.set("SOP_GrossMargin", grid((r, c) => demand[r][c] * (price(r) - cost(r))));
  m.set("SOP_InventoryValue", grid((r) => 50 * cost(r)));
  m.set("SOP_RevenueTarget", [[1500 * f]]);
  m.set("SOP_MarginTarget", [[0.35]]);
  m.set("SOP_InventoryCeiling", [[1e9]]);
  m.set("SOP_KPIs", Array.from({ length: 12 }, (_, i) => [`KPI ${i + 1}`, "Plan quality", 0.9, 0.85, "On target", 0.88, "%"]));
  m.set("SOP_Gaps", Array.from({ length: 2 * f }, (_, i) => [i + 1, fam[i % f], months(h)[i % h], "Supply shortfall", 10, 1000 - i]));
  m.set("SOP_Actions", Array.from({ length: 20 }, (_, i) => [`Action ${i + 1}`, "Owner", `2026-0${1 + (i % 9)}-15`, i % 3 === 0 ? "Closed" : "Open"]));
  return m;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const rows: string[] = [];
for (const [f, h] of [
  [3, 18],
  [20, 18],
  [100, 24],
  [500, 24],
] as const) {
  const wb = workbook(f, h);
  const read = (name: SopName): CellValue[][] | undefined => wb.get(name);
  const runs = f >= 500 ? 5 : 21;
  const times: number[] = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const input = deckInputFromNames(read);
    if (isSopError(input)) throw new Error(input.message);
    const sheet = buildDeckSheet(input);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cells = sheet.cells.reduce((n, r) => n + r.filter((c) => c !== null).length, 0);
  }
  rows.push(`| ${f} | ${h} | ${cells.toLocaleString("en-US")} | ${median(times).toFixed(2)} |`);
}

console.log("### Executive deck: read names + compute + lay out the sheet (median)\n");
console.log("| families | months | deck cells | ms |");
console.log("|---:|---:|---:|---:|");
for (const r of rows) console.log(r);

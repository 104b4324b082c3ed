/**
 * The supply policy read back from a workbook: the strategy, service level and inventory target
 * on Settings and each family's lot size, minimum run and lead time on Families come back with
 * the cycle (readCycleData), so exporting a workbook's cycle as CSV files and importing them again
 * keeps them. Defaults (target-seeking, 95 %, days of supply, lead time 1 month) read back as
 * absent, which means the default.
 */
import { formatIssue, importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { keys } from "../../src/layout/keys";
import { readCycleData } from "../../src/layout/rebuild";
import { buildWorkbook } from "../../src/layout/workbook";
import { twoFamilyCycle } from "../plan-model/twoFamilies";
import { keyedCells, valuesOf } from "./support/spec";

describe("the supply policy read back from the workbook", () => {
  const base = twoFamilyCycle(80);
  const data = {
    ...base,
    config: {
      ...base.config,
      supplyPolicy: { strategy: "level", serviceLevel: 0.9, inventoryTarget: "safety stock" } as const,
      families: [
        { ...base.config.families[0], lotSize: 50, minimumRun: 20, leadTimeMonths: 2 },
        base.config.families[1],
      ],
    },
  };

  it("reads the policy on Settings and Families back into the cycle", () => {
    const back = readCycleData(valuesOf(buildWorkbook(data, new Map(), { forecast: false })))!;
    expect(back.config.supplyPolicy).toEqual({ strategy: "level", serviceLevel: 0.9, inventoryTarget: "safety stock" });
    expect(back.config.families).toEqual(data.config.families);
  });

  it("reads the defaults the sheets show as absent", () => {
    const back = readCycleData(valuesOf(buildWorkbook(base, new Map(), { forecast: false })))!;
    expect(back.config.supplyPolicy).toBeUndefined();
    expect(back.config.families).toEqual(base.config.families);
  });

  it("reads a policy typed over the sheets, and exports it as CSV files that import back to the same policy", () => {
    const spec = buildWorkbook(base, new Map(), { forecast: false });
    const values = valuesOf(spec);
    const cells = keyedCells(spec);
    const typed: Array<[string, string | number]> = [
      [keys.supplyPolicy("strategy"), "Chase"],
      [keys.supplyPolicy("serviceLevel"), 0.98],
      [keys.familyPolicy("lotSize", "Alpha"), 25],
    ];
    for (const [key, v] of typed) {
      const c = cells.get(key)!;
      values.get(c.sheet)![c.row][c.col] = v;
    }
    const back = readCycleData(values)!;
    expect(back.config.supplyPolicy).toEqual({ strategy: "chase", serviceLevel: 0.98 });
    expect(back.config.families.find((f) => f.name === "Alpha")?.lotSize).toBe(25);
    const csv = cycleToCsv(back);
    expect(csv["settings.csv"]).toContain("supply_strategy,chase\r\nservice_level,0.98\r\n");
    const again = importCycle(csv);
    if (!again.ok) throw new Error(again.issues.map(formatIssue).join("\n"));
    expect(again.data.config.supplyPolicy).toEqual(back.config.supplyPolicy);
    expect(again.data.config.families).toEqual(back.config.families);
  });
});

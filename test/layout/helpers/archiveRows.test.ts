/**
 * The plan archive's rows and the accuracy lags (src/layout/archive.ts) from hand-made data and
 * typed values, no workbook built: each expected row below is read off the inputs written here.
 */
import {
  accuracyLags,
  archiveKeyParts,
  archiveOf,
  isNumericArchiveField,
  resolveArchive,
} from "../../../src/layout/archive";
import type { CellValue } from "../../../src/layout/types";
import { archiveRow as row } from "../support/handArchive";

const typed = (entries: Array<[string, CellValue]>): Map<string, CellValue> => new Map(entries);

describe("an archive key's parts", () => {
  it("are the cycle, the target, the field and the family (which may hold a |)", () => {
    expect(archiveKeyParts("Archive|2026-01|2026-03|baseline|Widgets")).toEqual({
      cycle: "2026-01",
      target: "2026-03",
      field: "baseline",
      family: "Widgets",
    });
    expect(archiveKeyParts("Archive|2026-01|2026-03|comment|A|B")?.family).toBe("A|B");
  });

  it("are null for another key, a month that is none, no family or an unknown field", () => {
    for (const key of [
      "Demand|override|Widgets|2026-03",
      "archive|2026-01|2026-03|baseline|Widgets",
      "Archive|2026-13|2026-03|baseline|Widgets",
      "Archive|2026-01|March|baseline|Widgets",
      "Archive|2026-01|2026-03|baseline|",
      "Archive|2026-01|2026-03|baseline",
      "Archive|2026-01|2026-03|lag|Widgets",
    ])
      expect([key, archiveKeyParts(key)]).toEqual([key, null]);
  });
});

describe("the archive's rows", () => {
  it("are the data's and the typed ones, by cycle, then the cycle's families in order, then others by name, then target", () => {
    const rows = [
      row("2026-02", "Zeta", "2026-03", { consensus: 1 }),
      row("2026-01", "Omega", "2026-02", { consensus: 2 }),
      row("2026-01", "Alpha", "2026-03", { consensus: 3 }),
      row("2026-01", "Zeta", "2026-03", { consensus: 4 }),
      row("2026-01", "Zeta", "2026-02", { consensus: 5 }),
    ];
    const t = typed([
      ["Archive|2026-01|2026-02|baseline|Beta", 6],
      ["Archive|2026-01|2026-04|consensus|Alpha", ""],
      ["Archive|2026-01|2026-05|consensus|Alpha", null],
    ]);
    // families Zeta then Alpha; Beta and Omega are not on Families (after them, by name)
    const out = resolveArchive(rows, ["Zeta", "Alpha"], t).map((e) => [e.cycleMonth, e.family, e.targetMonth]);
    expect(out).toEqual([
      ["2026-01", "Zeta", "2026-02"],
      ["2026-01", "Zeta", "2026-03"],
      ["2026-01", "Alpha", "2026-03"],
      ["2026-01", "Beta", "2026-02"],
      ["2026-01", "Omega", "2026-02"],
      ["2026-02", "Zeta", "2026-03"],
    ]);
  });

  it("take a typed cell over the data's, numbers and text each only as their kind, and the lag from the cycle", () => {
    const rows = [
      row("2026-01", "Pumps", "2026-03", {
        naive: 1,
        baseline: 2,
        override: 3,
        reason: "Promotion",
        comment: "c",
        consensus: 4,
      }),
    ];
    const t = typed([
      ["Archive|2026-01|2026-03|baseline|Pumps", 20],
      ["Archive|2026-01|2026-03|override|Pumps", "n/a"],
      ["Archive|2026-01|2026-03|reason|Pumps", "  "],
      ["Archive|2026-01|2026-03|comment|Pumps", 7],
      ["Archive|2026-01|2026-03|consensus|Pumps", ""],
      ["Archive|2026-01|2026-03|naive|Pumps", Infinity],
    ]);
    expect(resolveArchive(rows, ["Pumps"], t)).toEqual([
      {
        cycleMonth: "2026-01",
        family: "Pumps",
        targetMonth: "2026-03",
        // planned in 2026-01 for 2026-03: lag 3 (lag 1 = the cycle month itself)
        lag: 3,
        naive: null,
        baseline: 20,
        override: null,
        reason: null,
        comment: "7",
        consensus: 4,
      },
    ]);
  });

  it("read from a workbook's typed values alone, without the lag", () => {
    expect(archiveOf(typed([["Archive|2026-02|2026-02|consensus|Pumps", 9]]))).toEqual([
      row("2026-02", "Pumps", "2026-02", { consensus: 9 }),
    ]);
    expect(archiveOf(typed([["Demand|override|Pumps|2026-02", 9]]))).toEqual([]);
  });

  it("hold numbers in naive, baseline, override and consensus, text in reason and comment", () => {
    expect(
      ["naive", "baseline", "override", "consensus", "reason", "comment", "lag"].map(isNumericArchiveField),
    ).toEqual([true, true, true, true, false, false, false]);
  });
});

describe("the accuracy lags", () => {
  const lags = (v: CellValue | undefined) => accuracyLags(typed(v === undefined ? [] : [["Lags|accuracy", v]]));

  it("are the whole numbers 1..120 typed, at most four, each once, in the order typed", () => {
    expect(lags("1, 3").lags).toEqual([1, 3]);
    expect(lags("6;2 4,,1").lags).toEqual([6, 2, 4, 1]);
    expect(lags("3, 3, 1").lags).toEqual([3, 1]);
    expect(lags("1 2 3 4 5").lags).toEqual([1, 2, 3, 4]);
    expect(lags("0, 120, 121, 1.5, x, -2").lags).toEqual([120]);
    expect(lags(6).lags).toEqual([6]);
  });

  it("are the default 1 and 3 when nothing usable is typed, the cell showing what was typed", () => {
    expect(lags(undefined)).toEqual({ lags: [1, 3], lagsInput: "1, 3" });
    expect(lags(null)).toEqual({ lags: [1, 3], lagsInput: "1, 3" });
    expect(lags("none")).toEqual({ lags: [1, 3], lagsInput: "none" });
    expect(lags(0)).toEqual({ lags: [1, 3], lagsInput: 0 });
    expect(lags("2")).toEqual({ lags: [2], lagsInput: "2" });
  });
});

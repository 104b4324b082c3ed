/**
 * The safety stock's sigma from the Plan archive or the history (src/core/plan-model/archiveErrors.ts),
 * on its own: an archive row's actual, the consensus error, the choice between the two sources
 * at 6 archived errors, and the Supply sheet's "Safety stock by family" row. Expected values are
 * worked out in the comments.
 */
import { archivedActual, consensusError, familySigma, sigmaRow } from "../../src/core/plan-model/archiveErrors";

describe("archivedActual", () => {
  // Two families; Pumps' row is one month short (its March cell was never typed).
  const inputs = {
    config: { families: [{ name: "Valves" }, { name: "Pumps" }] },
    history: ["2026-01", "2026-02", "2026-03"],
    actuals: [
      [10, null, 30],
      [40, 50],
    ],
  };

  it("reads the family's actual of the target month, the family found without regard to case", () => {
    expect(archivedActual(inputs, "valves", "2026-01")).toBe(10);
    expect(archivedActual(inputs, "VALVES", "2026-03")).toBe(30);
    expect(archivedActual(inputs, "Pumps", "2026-01")).toBe(40);
    expect(archivedActual(inputs, "pumps", "2026-02")).toBe(50);
  });

  it("is null for a blank actual, a cell beyond the row, a month not in the history or a family not on Families", () => {
    expect(archivedActual(inputs, "Valves", "2026-02")).toBeNull();
    expect(archivedActual(inputs, "Pumps", "2026-03")).toBeNull();
    expect(archivedActual(inputs, "Pumps", "2026-04")).toBeNull();
    expect(archivedActual(inputs, "Gears", "2026-01")).toBeNull();
  });
});

describe("consensusError", () => {
  it("is actual - consensus, null unless both are numbers", () => {
    expect(consensusError(120, 100)).toBe(20);
    expect(consensusError(90, 100)).toBe(-10);
    expect(consensusError(0, 0)).toBe(0);
    expect(consensusError(null, 100)).toBeNull();
    expect(consensusError(120, null)).toBeNull();
  });
});

describe("familySigma", () => {
  it("takes the archive from 6 errors: RMS of +-3 is 3; the history's 1 and -7 give sqrt((1 + 49) / 2) = 5", () => {
    expect(familySigma([3, -3, 3, -3, 3, -3], [1, null, -7])).toEqual({
      archiveErrors: 6,
      archiveSigma: 3,
      historyMonths: 2,
      historySigma: 5,
      source: "archive",
      sigma: 3,
      sourceText: "archive, 6 errors at lag 1",
    });
  });

  it("falls back on the history with 5 archived errors (a blank is not an error)", () => {
    expect(familySigma([3, -3, null, 3, -3, 3], [1, -7])).toEqual({
      archiveErrors: 5,
      archiveSigma: 3,
      historyMonths: 2,
      historySigma: 5,
      source: "history",
      sigma: 5,
      sourceText: "history, 2 months",
    });
  });

  it("has no sigma with fewer than 6 archived errors and no history error", () => {
    expect(familySigma([3, -3, 3, -3, 3], [null, null])).toEqual({
      archiveErrors: 5,
      archiveSigma: 3,
      historyMonths: 0,
      historySigma: null,
      source: "none",
      sigma: null,
      sourceText: "none",
    });
    expect(familySigma([], [])).toEqual({
      archiveErrors: 0,
      archiveSigma: null,
      historyMonths: 0,
      historySigma: null,
      source: "none",
      sigma: null,
      sourceText: "none",
    });
  });

  it("weighs errors by their square: archive 1, 1, 1, 1, 1, 7 -> sqrt(54 / 6) = 3; history 2 -> 2", () => {
    const s = familySigma([1, 1, 1, 1, 1, 7], [2]);
    expect(s.sigma).toBe(3);
    expect(s.historySigma).toBe(2);
    expect(s.historyMonths).toBe(1);
  });
});

describe("sigmaRow", () => {
  it("lays a family's sigma out in the table's columns", () => {
    const sigma = familySigma([3, -3, null, 3, -3, 3], [1, -7]);
    expect(sigmaRow(sigma, 2, 12.5)).toEqual({
      leadTime: 2,
      archiveErrors: 5,
      archiveSigma: 3,
      historyMonths: 2,
      historySigma: 5,
      sigma: 5,
      source: "history, 2 months",
      safetyStock: 12.5,
    });
  });
});

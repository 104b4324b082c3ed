/**
 * The lag-1 window of the statistical baseline. With two years of actuals before the window: the
 * plan's method fitted once on them, its parameters held, the level updated by each actual
 * (expected values: the simple exponential smoothing recursion written out below, with the alpha
 * that the window-start fit reports). With less: each month refitted on the actuals before it.
 */
import { isSopError } from "../../src/core/errors";
import { forecast } from "../../src/core/forecast";
import { familyBaseline, HOLD_PARAMETERS_FROM, LAG1_MONTHS } from "../../src/core/plan-model/baseline";

const round2 = (x: number): number => Math.round(x * 100) / 100;

describe("the baseline's lag-1 window", () => {
  // A level with noise and no season: AUTO chooses simple exponential smoothing.
  const year = [100, 104, 97, 103, 99, 108, 95, 101, 106, 98, 102, 100, 97, 105, 99, 103, 101, 96, 104, 100, 98, 107, 99, 102];
  const actuals = [...year, 101, 99, 104, 98, 103, 100, 97, 106, 99, 102, 100, 98];

  it("holds the parameters fitted on the actuals before the window and updates the level", () => {
    const b = familyBaseline(actuals, 6);
    expect(b.method).toBe("Simple exponential smoothing");
    const first = actuals.length - LAG1_MONTHS;
    expect(b.history.slice(0, first)).toEqual(new Array(first).fill(null));
    const atStart = forecast(actuals.slice(0, first), 1, { method: "SES" });
    if (isSopError(atStart)) throw new Error(atStart.message);
    const alpha = atStart.params.alpha;
    let f = atStart.values[0];
    const expected: number[] = [];
    for (let t = first; t < actuals.length; t++) {
      expected.push(round2(f));
      f = f + alpha * (actuals[t] - f); // SES: l' = l + alpha (y - l)
    }
    expect(b.history.slice(first)).toEqual(expected);
  });

  it("refits each month when fewer than two years of actuals come before the window", () => {
    expect(HOLD_PARAMETERS_FROM).toBe(24);
    const b = familyBaseline(year, 6);
    expect(b.method).toBe("Simple exponential smoothing");
    const first = year.length - LAG1_MONTHS;
    const expected = year.slice(first).map((_, k) => {
      const r = forecast(year.slice(0, first + k), 1, { method: "SES" });
      if (isSopError(r)) throw new Error(r.message);
      return round2(r.values[0]);
    });
    expect(b.history.slice(first)).toEqual(expected);
  });

  it("starts later when fewer than 2 actuals come before the window", () => {
    const b = familyBaseline([null, null, 10, 12, 11], 3);
    // Naive with 2 values (under 5, AUTO is naive): the previous actual.
    expect(b.history).toEqual([null, null, null, null, 12]);
  });

  describe("a seasonal method in the window: seasonal naive on a demand that comes back every year", () => {
    // Sales in March to August only, the same every year: intermittent (half the months 0) with a
    // yearly season, so AUTO compares the intermittent methods and seasonal naive on a holdout,
    // where seasonal naive alone makes no error. Its lag-1 forecast of month t is the actual of
    // month t - 12: the same year again. Each year starts at 5 and ends at 0, so the naive
    // forecast (the month before, a season length of 1) differs in January.
    const year = [5, 0, 0, 20, 50, 80, 60, 30, 0, 0, 0, 0];

    it("refits seasonal naive with its season on each month's actuals before it (two years)", () => {
      const b = familyBaseline([...year, ...year], 12);
      expect(b.method).toBe("Seasonal naive (m=12)");
      expect(b.history).toEqual([...new Array(12).fill(null), ...year]);
    });

    it("holds seasonal naive with its season across the window (three years)", () => {
      const b = familyBaseline([...year, ...year, ...year], 12);
      expect(b.method).toBe("Seasonal naive (m=12)");
      expect(b.history).toEqual([...new Array(24).fill(null), ...year]);
    });

    it("holds the method chosen on the whole history, not the one the actuals before the window would choose", () => {
      // A first year of scattered sales, then the same year twice: over the whole history seasonal
      // naive makes no error on the holdout (the last 9 months) and wins; the first two years
      // alone hold no stable season, so AUTO on them takes a flat intermittent method. The window
      // (the third year) is forecast by seasonal naive: each month the actual 12 months before.
      const scattered = [0, 10, 0, 0, 5, 0, 40, 0, 0, 20, 0, 0];
      const b = familyBaseline([...scattered, ...year, ...year], 12);
      expect(b.method).toBe("Seasonal naive (m=12)");
      expect(b.history).toEqual([...new Array(24).fill(null), ...year]);
    });
  });
});

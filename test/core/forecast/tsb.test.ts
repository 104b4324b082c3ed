/**
 * TSB (Teunter, Syntetos & Babai 2011): the recursion by hand, the grid fit's forecast falling
 * through a run of zeros, and TSB among AUTO's intermittent methods.
 */
import { fitTsb, tsbInit, tsbRun } from "../../../src/core/forecast/tsb";
import { forecast } from "../../../src/core/forecast";
import { candidates } from "../../../src/core/forecast/auto";
import { isSopError } from "../../../src/core/errors";

describe("TSB", () => {
  it("smooths the size in demand periods and the probability every period (hand calculation)", () => {
    // 0 4 0 0 2 0: sizes 4 and 2, mean 3; 2 of 6 periods with demand: p = 1/3.
    // alpha 0.2, beta 0.1; forecast p z before each period, then
    //   t0 y 0: f = 1/3 x 3 = 1;                 p = 0.9 x 1/3 = 0.3
    //   t1 y 4: f = 0.3 x 3 = 0.9;               p = 0.3 + 0.1 x 0.7 = 0.37, z = 3 + 0.2 x 1 = 3.2
    //   t2 y 0: f = 0.37 x 3.2 = 1.184;          p = 0.333
    //   t3 y 0: f = 0.333 x 3.2 = 1.0656;        p = 0.2997
    //   t4 y 2: f = 0.2997 x 3.2 = 0.95904;      p = 0.2997 + 0.1 x 0.7003 = 0.36973, z = 3.2 - 0.2 x 1.2 = 2.96
    //   t5 y 0: f = 0.36973 x 2.96 = 1.0944008;  p = 0.332757
    // forecast 0.332757 x 2.96 = 0.98496072; SSE 1 + 3.1^2 + 1.184^2 + 1.0656^2 + 1.04096^2 +
    // 1.0944008^2 = 1 + 9.61 + 1.401856 + 1.13550336 + 1.0835977216 + 1.19771311... = 15.42867...
    const y = [0, 4, 0, 0, 2, 0];
    expect(tsbInit(y)).toEqual({ size: 3, probability: 1 / 3 });
    const r = tsbRun(y, 0.2, 0.1, tsbInit(y));
    [1, 0.9, 1.184, 1.0656, 0.95904, 1.0944008].forEach((f, t) => expect(r.fitted[t]).toBeCloseTo(f, 12));
    expect(r.forecast).toBeCloseTo(0.98496072, 12);
    expect(r.sse).toBeCloseTo(1 + 9.61 + 1.401856 + 1.13550336 + 1.0835977216 + 1.0944008 ** 2, 12);
  });

  it("lowers the forecast by (1 - beta) each period without demand, where Croston's would wait", () => {
    const y = [0, 3, 0, 4, 0, 0, 5, 0, 3, 0, 0, 4, 0, 2, 0, 0, 0, 0, 0, 0];
    const model = fitTsb(y);
    const beta = model.params.beta;
    const steps = model.oneStep([...y, 0, 0]);
    // The forecast of period 21 is the forecast of period 20 after one more zero, and so on.
    expect(steps[21] / steps[20]).toBeCloseTo(1 - beta, 12);
    expect(model.forecast(1)[0]).toBeCloseTo(steps[20], 12);
    expect(model.forecast(3)).toEqual(new Array(3).fill(model.forecast(1)[0]));
  });

  it("is one of AUTO's intermittent methods, and is refused on a negative value", () => {
    expect(candidates([0, 3, 0, 4, 0, 2, 0, 0, 5, 0], 1)).toContain("TSB");
    const r = forecast([0, 3, 0, 4, 0, 2, 0, 0, 5, 0], 2, { method: "TSB" });
    if (isSopError(r)) throw new Error(r.message);
    expect(r.method).toBe("TSB");
    expect(forecast([0, 3, -1, 4], 2, { method: "TSB" })).toMatchObject({
      code: "#NUM!",
    });
  });
});

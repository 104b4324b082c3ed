/**
 * The band of AUTO's own fit on two years of AirPassengers (monthly, m = 12): its point values
 * and method are the forecast's, and it never narrows as the level rises. Each test fits AUTO
 * several times (seconds), so they sit apart from the interval's unit tests (interval.test.ts).
 */
import { forecastInterval, forecast } from "../../../src/core/forecast";
import { SopError, isSopError } from "../../../src/core/errors";

function ok<T>(r: T | SopError): T {
  if (isSopError(r)) throw new Error(`${r.code} ${r.message}`);
  return r;
}

describe("the band of AUTO's fit", () => {
  it("has the forecast's point values and method, and a wider band at a higher level", () => {
    const y = [
      112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114,
      140,
    ];
    const f = ok(forecast(y, 12, { seasonLength: 12 }));
    const i80 = ok(forecastInterval(y, 12, 0.8, { seasonLength: 12 }));
    const i95 = ok(forecastInterval(y, 12, 0.95, { seasonLength: 12 }));
    expect(i80.values).toEqual(f.values);
    expect(i80.method).toBe(f.method);
    i80.values.forEach((v, k) => {
      expect(i80.lower[k]).toBeLessThanOrEqual(v);
      expect(i80.upper[k]).toBeGreaterThanOrEqual(v);
      expect(i95.lower[k]).toBeLessThanOrEqual(i80.lower[k]);
      expect(i95.upper[k]).toBeGreaterThanOrEqual(i80.upper[k]);
    });
  });

  it("never narrows the band as the level rises", () => {
    const y = [
      112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114,
      140,
    ];
    const levels = [0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.975, 0.99];
    const bands = levels.map((level) => ok(forecastInterval(y, 12, level, { seasonLength: 12 })));
    for (let i = 1; i < bands.length; i++) {
      bands[i].values.forEach((_, k) => {
        expect(bands[i].lower[k]).toBeLessThanOrEqual(bands[i - 1].lower[k]);
        expect(bands[i].upper[k]).toBeGreaterThanOrEqual(bands[i - 1].upper[k]);
      });
    }
  });
});

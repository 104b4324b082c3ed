/**
 * Accuracy measures against R. Fixtures: test/fixtures/accuracy/*.json, written by
 * scripts/reference/accuracy.R (R forecast::accuracy on AirPassengers, co2, UKgas with
 * snaive / naive / ets forecasts of the last two years).
 *
 * R's sign is e = A - F; its MAPE is in percent (ours is a fraction, so we compare x 100); its
 * MASE scales by the in-sample seasonal-naive MAE with lag = frequency. The fixture's
 * "from_definitions" block holds values R computed from the textbook formulas for measures the
 * package does not report (WAPE, M4 sMAPE, tracking signal, S&OP bias, FVA vs naive).
 * Tolerance: 1e-9 relative (the JSON holds 17 significant digits).
 */
import * as fs from "fs";
import * as path from "path";
import { forecastAccuracy, forecastBias, fva, mape, mase, smape, trackingSignal, wape } from "../../../src/core";
import { expectClose } from "../kpi/expectClose";

interface Case {
  series: string;
  method: string;
  frequency: number;
  history: number[];
  actuals: number[];
  forecasts: number[];
  r_accuracy_test: { ME: number; MAE: number; MAPE: number; MASE: number };
  from_definitions: {
    WAPE: number;
    sMAPE_M4: number;
    trackingSignal: number;
    biasPercent: number;
    fvaWapeVsNaive: number;
  };
}

const dir = path.join(__dirname, "../../fixtures/accuracy");
const cases: Case[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as { cases: Case[] }).cases);

describe("accuracy measures match R forecast::accuracy", () => {
  it("has the nine reference cases", () => {
    expect(cases.length).toBe(9);
  });

  describe.each(cases.map((c) => [`${c.series} ${c.method}`, c] as const))("%s", (_label, c) => {
    it("MAPE x 100 equals R's MAPE", () => {
      expectClose((mape(c.actuals, c.forecasts) as number) * 100, c.r_accuracy_test.MAPE);
    });
    it("MASE with the series frequency equals R's MASE", () => {
      expectClose(mase(c.actuals, c.forecasts, c.history, c.frequency), c.r_accuracy_test.MASE);
    });
    it("MEAN bias equals minus R's ME (R uses A - F)", () => {
      expectClose(forecastBias(c.actuals, c.forecasts, "MEAN"), -c.r_accuracy_test.ME);
    });
    it("PERCENT bias equals sum(F - A) / sum(A)", () => {
      expectClose(forecastBias(c.actuals, c.forecasts), c.from_definitions.biasPercent);
    });
    it("WAPE and forecast accuracy follow sum|e| / sum|A|", () => {
      expectClose(wape(c.actuals, c.forecasts), c.from_definitions.WAPE);
      expectClose(forecastAccuracy(c.actuals, c.forecasts), Math.max(0, 1 - c.from_definitions.WAPE));
    });
    it("sMAPE x 100 equals the M4 definition", () => {
      expectClose((smape(c.actuals, c.forecasts) as number) * 100, c.from_definitions.sMAPE_M4);
    });
    it("tracking signal equals sum(e) / mean|e|", () => {
      expectClose(trackingSignal(c.actuals, c.forecasts), c.from_definitions.trackingSignal);
    });
    it("FVA (WAPE) against the naive forecast matches", () => {
      expectClose(fva(c.actuals, c.forecasts), c.from_definitions.fvaWapeVsNaive);
    });
  });
});

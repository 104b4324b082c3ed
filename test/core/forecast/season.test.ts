/**
 * Season length detection on real series (R datasets): the expected lengths are the series'
 * own frequencies as R records them (frequency(AirPassengers) = 12, frequency(UKgas) = 4, ...);
 * Nile and airmiles are annual series (no season).
 */
import * as fs from "fs";
import * as path from "path";
import { detectSeasonLength } from "../../../src/core/forecast";

const ets = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/ets.json"), "utf8")) as {
  series: Record<string, { frequency: number; train: number[] }>;
};
const fixed = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/forecast/fixed.json"), "utf8")) as Record<string, { y: number[] }>;

describe("detectSeasonLength", () => {
  it.each(Object.keys(ets.series))("finds R's frequency for %s", (name) => {
    const s = ets.series[name];
    expect(detectSeasonLength(s.train)).toBe(s.frequency);
  });

  it("finds 12 in the last four years of a monthly series", () => {
    expect(detectSeasonLength(ets.series.ldeaths.train.slice(-48))).toBe(12);
    expect(detectSeasonLength(ets.series.AirPassengers.train.slice(-48))).toBe(12);
  });

  it.each([["Nile", fixed.ses_nile.y], ["airmiles", fixed.holt_airmiles.y]])("finds no season in the annual series %s", (_name, y) => {
    expect(detectSeasonLength(y)).toBe(1);
  });

  it("returns 1 for a straight line, a constant and a very short history", () => {
    expect(detectSeasonLength(Array.from({ length: 40 }, (_, i) => 3 * i + 5))).toBe(1);
    expect(detectSeasonLength(new Array(40).fill(7))).toBe(1);
    expect(detectSeasonLength([1, 2, 3, 4, 5])).toBe(1);
  });
});

/**
 * The deck's forecast value added section: read from SOP_FVA, one sentence, one table (in the
 * sample deck: sample.test.ts).
 */
import { fvaHeadline, fvaSentence, writeFva } from "../../src/deck/sheetFva";
import { RowWriter } from "../../src/deck/writer";

describe("the forecast value added section", () => {
  it("says what each step added or cost, in points of accuracy", () => {
    // WAPE 10.6 % -> 5.5 % -> 5.7 % -> 3.6 %: +5.1, -0.2, +2.1 points
    expect(fvaSentence({ family: "All families", wape: [0.106, 0.055, 0.057, 0.036], added: [5.1, -0.2, 2.1, 7] })).toBe(
      "The statistical baseline added 5.1 points of accuracy over the naive forecast, sales overrides cost 0.2 points and the consensus meeting added 2.1 points.",
    );
    expect(fvaSentence({ family: "All families", wape: [null, null, null, null], added: [null, null, null, null] })).toMatch(
      /^No archived plan has an actual yet/,
    );
  });

  it("heads the section with what the consensus meeting added or cost", () => {
    expect(fvaHeadline({ family: "All families", wape: [0.106, 0.055, 0.057, 0.036], added: [5.1, -0.2, 2.1, 7] })).toBe(
      "Forecast value added: the consensus meeting added 2.1 points of accuracy",
    );
    expect(fvaHeadline({ family: "All families", wape: [0.1, 0.1, 0.1, 0.11], added: [0, 0, -1, -1] })).toBe(
      "Forecast value added: the consensus meeting cost 1.0 point of accuracy",
    );
    expect(fvaHeadline({ family: "All families", wape: [null, null, null, null], added: [null, null, null, null] })).toBe(
      "Forecast value added",
    );
  });

  it("writes nothing for a workbook without SOP_FVA", () => {
    const w = new RowWriter();
    writeFva(w, []);
    expect(w.next).toBe(0);
  });
});

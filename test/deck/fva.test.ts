/** The deck's forecast value added section: read from SOP_FVA, one sentence, one table. */
import { fvaHeadline, fvaSentence, writeFva } from "../../src/deck/sheetFva";
import { RowWriter } from "../../src/deck/writer";
import { deckInputFromNames } from "../../src/deck/input";
import { buildDeckSheet } from "../../src/deck/sheet";
import { isSopError } from "../../src/core/errors";
import { sampleCycle } from "../../src/data/sample";
import { readNamedRange } from "../../src/layout/lookup";
import { buildWorkbook } from "../../src/layout/workbook";

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

  it("appears in the sample deck with the workbook's numbers, all families first", () => {
    const spec = buildWorkbook(sampleCycle());
    const input = deckInputFromNames((n) => readNamedRange(spec, n));
    if (isSopError(input)) throw new Error(input.message);
    const fva = readNamedRange(spec, "SOP_FVA");
    expect(input.fva?.map((l) => l.family)).toEqual(fva.map((r) => r[0]));
    const deck = buildDeckSheet(input);
    const rows = deck.cells.map((r) => r.map((c) => c?.value));
    // the title says what the consensus meeting added (the All families row's 8th column), then
    // the largest overrides and the value added by reason, the table's header and its rows
    const title = rows.findIndex((r) => r[0] === `Forecast value added: the consensus meeting added ${(fva[0][7] as number).toFixed(1)} points of accuracy`);
    expect(title).toBeGreaterThan(0);
    expect(String(rows[title + 1][0])).toMatch(/^Largest overrides this cycle: /);
    expect(String(rows[title + 2][0])).toMatch(/^Past value added by override reason /);
    expect(rows[title + 4].slice(0, 9)).toEqual(fva[0]);
  });
});

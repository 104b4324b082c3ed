/** The deck's forecast value added section: read from SOP_FVA, one sentence, one table. */
import { fvaSentence, writeFva } from "../../src/deck/sheetFva";
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
    const title = rows.findIndex((r) => r[0] === "Forecast value added");
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 3].slice(0, 9)).toEqual(fva[0]);
  });
});

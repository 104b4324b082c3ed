/**
 * The deck's forecast value added section: read from SOP_FVA, one sentence, one table (in the
 * sample deck: sample.test.ts).
 */
import type { SopName } from "../../src/layout/names";
import type { CellValue } from "../../src/layout/types";
import type { DeckOverrides } from "../../src/deck/overrides";
import { fvaHeadline, fvaSentence, readFva, writeFva, type FvaLine } from "../../src/deck/sheetFva";
import { RowWriter } from "../../src/deck/writer";

const PTS = '+0.0" pts";-0.0" pts";0.0" pts"';

/** All families and two families: WAPE naive, statistical, sales, consensus; points added by each step and in total. */
const ALL: FvaLine = { family: "All families", wape: [0.106, 0.055, 0.057, 0.036], added: [5.1, -0.2, 2.1, 7] };
const WIDGETS: FvaLine = { family: "Widgets", wape: [0.2, 0.1, null, 0.1], added: [10, null, null, 10] };
const GADGETS: FvaLine = { family: "Gadgets", wape: [0.3, 0.2, 0.25, 0.2], added: [10, -5, 5, 10] };

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

  it("reads SOP_FVA's rows: the family, four WAPEs and four steps' points, blanks and errors as null", () => {
    const fva: CellValue[][] = [
      ["All families", 0.106, 0.055, 0.057, 0.036, 5.1, -0.2, 2.1, 7, "past the table"],
      ["", 1, 1, 1, 1, 1, 1, 1, 1],
      [null, 1, 1, 1, 1, 1, 1, 1, 1],
      [42, 1, 1, 1, 1, 1, 1, 1, 1],
      ["Widgets", "#N/A", Infinity, 0.1, "", null, -Infinity, "2", 3],
    ];
    const get = (name: SopName): CellValue[][] | undefined => (name === "SOP_FVA" ? fva : undefined);
    expect(readFva(get)).toEqual([
      { family: "All families", wape: [0.106, 0.055, 0.057, 0.036], added: [5.1, -0.2, 2.1, 7] },
      // A row without a family name (blank, or not text) is no family's; text, blanks and non-finite numbers are null.
      { family: "Widgets", wape: [null, null, 0.1, null], added: [null, null, null, 3] },
    ]);
    expect(readFva(() => undefined)).toEqual([]);
  });

  it("gives the no-actual sentence as soon as one step is not measured", () => {
    const none = "No archived plan has an actual yet: value added is measured from the next cycles.";
    for (const added of [
      [null, 1, 1, 2],
      [1, null, 1, 2],
      [1, 1, null, 2],
    ])
      expect(fvaSentence({ family: "All families", wape: [0.1, 0.1, 0.1, 0.1], added })).toBe(none);
    // A step that changed nothing added 0.0 points (and the total is not read).
    expect(fvaSentence({ family: "All families", wape: [0.1, 0.1, 0.1, 0.1], added: [0, 0, 0, null] })).toBe(
      "The statistical baseline added 0.0 points of accuracy over the naive forecast, sales overrides added 0.0 points and the consensus meeting added 0.0 points.",
    );
    expect(fvaHeadline({ family: "All families", wape: [0.1, 0.1, 0.1, 0.1], added: [null, null, 0, null] })).toBe(
      "Forecast value added: the consensus meeting added 0.0 points of accuracy",
    );
  });
});

describe("the forecast value added section as written", () => {
  let w: RowWriter;
  beforeEach(() => {
    w = new RowWriter();
  });

  const header = [
    "Family",
    "WAPE naive",
    "WAPE statistical",
    "WAPE sales",
    "WAPE consensus",
    "Statistical",
    "Sales",
    "Consensus meeting",
    "Total added",
  ].map((value) => ({ value, style: "header" }));
  const pct = (value: number): { value: number; numberFormat: string } => ({ value, numberFormat: "0.0%" });
  const pts = (value: number): { value: number; numberFormat: string } => ({ value, numberFormat: PTS });

  it("writes a title, the sentence, the table (all families first, as the total) and a blank row", () => {
    writeFva(w, [ALL, WIDGETS]);
    expect(w.cells()).toEqual([
      [{ value: "Forecast value added", style: "title" }],
      [
        {
          value:
            "The statistical baseline added 5.1 points of accuracy over the naive forecast, sales overrides cost 0.2 points and the consensus meeting added 2.1 points.",
          style: "note",
        },
      ],
      header,
      [{ value: "All families", style: "total" }, pct(0.106), pct(0.055), pct(0.057), pct(0.036), pts(5.1), pts(-0.2), pts(2.1), pts(7)],
      // A blank step is an empty cell.
      [{ value: "Widgets", style: "label" }, pct(0.2), pct(0.1), null, pct(0.1), pts(10), null, null, pts(10)],
      [],
    ]);
  });

  it("shows all families and the families shown elsewhere in the deck, and counts the others", () => {
    // All families is always the first row, shown or not; Gadgets is not shown: one more family.
    writeFva(w, [ALL, WIDGETS, GADGETS], new Set(["Widgets"]));
    const rows = w.cells();
    expect(rows.map((r) => r[0]?.value)).toEqual([
      "Forecast value added",
      expect.stringMatching(/^The statistical baseline added 5\.1 points/),
      "Family",
      "All families",
      "Widgets",
      "And 1 more family: the KPIs sheet's value added table lists every family.",
      undefined,
    ]);
    expect(rows[5]).toEqual([
      { value: "And 1 more family: the KPIs sheet's value added table lists every family.", style: "note" },
    ]);
    const two = new RowWriter();
    writeFva(two, [ALL, WIDGETS, GADGETS], new Set(["Other"]));
    expect(two.cells().map((r) => r[0]?.value)).toEqual([
      "Forecast value added",
      expect.stringMatching(/^The statistical baseline/),
      "Family",
      "All families",
      "And 2 more families: the KPIs sheet's value added table lists every family.",
      undefined,
    ]);
  });

  it("with the override tables, heads the section with the consensus meeting's points and adds the two override lines", () => {
    const overrides: DeckOverrides = {
      overrides: [{ family: "Widgets", month: "2026-04", unit: "units", units: -12, value: 120, reason: "" }],
      byReason: [{ reason: "Promotion", measured: 2, added: 1.5 }],
    };
    writeFva(w, [ALL, GADGETS], undefined, overrides);
    expect(w.cells()).toEqual([
      [{ value: "Forecast value added: the consensus meeting added 2.1 points of accuracy", style: "title" }],
      [{ value: "Largest overrides this cycle: Widgets 2026-04 -12 units vs the baseline (no reason given)." }],
      [{ value: "Past value added by override reason (archived plans, override vs baseline): Promotion +1.5 pts (2 plans).", style: "note" }],
      header,
      [{ value: "All families", style: "total" }, pct(0.106), pct(0.055), pct(0.057), pct(0.036), pts(5.1), pts(-0.2), pts(2.1), pts(7)],
      [{ value: "Gadgets", style: "label" }, pct(0.3), pct(0.2), pct(0.25), pct(0.2), pts(10), pts(-5), pts(5), pts(10)],
      [],
    ]);
  });
});

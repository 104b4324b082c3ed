import { buildMessage, deckMessage, failureMessage, reactivateMessage } from "../../src/app/outcome";

describe("what the pane says after an action", () => {
  const rebuild = {
    found: 1240,
    inPlace: 1236,
    moved: 2,
    toKept: 0,
    toKeptAt: [],
    notes: 0,
    notesAt: [],
    stillKept: 0,
    restored: 0,
    formulas: 0,
    formulasAt: [],
  };

  it("says what was built and where the typed values went, from the rebuild's counts", () => {
    const m = buildMessage("scaffold", {
      sheets: ["Settings", "Demand"],
      families: 1,
      historyMonths: 12,
      horizonMonths: 18,
      syncs: 2,
      rebuild,
    });
    expect(m).toEqual({
      intent: "success",
      title: "Workbook scaffolded",
      body:
        "2 sheets (Settings, Demand) for 1 family, 12 months of history and 18 months of horizon, in 2 round trips to Excel." +
        " 1,236 typed values kept in place, 2 values moved with their family, month or row.",
    });
  });

  it("names the cells whose values went to Kept inputs, the notes and the typed formulas", () => {
    const m = buildMessage("scaffold", {
      sheets: ["Settings"],
      families: 1,
      historyMonths: 12,
      horizonMonths: 18,
      syncs: 2,
      rebuild: {
        ...rebuild,
        toKept: 7,
        toKeptAt: ["Actuals!F9", "Actuals!F10", "Actuals!F11", "Actuals!F12", "Actuals!F13"],
        notes: 1,
        notesAt: ["Orders!J3"],
        formulas: 1,
        formulasAt: ["Demand!E14"],
      },
    });
    expect(m.intent).toBe("warning");
    expect(m.body).toContain(
      " 7 values moved to Kept inputs (no cell for them now): Actuals!F9, Actuals!F10, Actuals!F11, Actuals!F12, Actuals!F13 and 2 more." +
        " 1 note written outside the layout moved to Kept inputs with its address: Orders!J3." +
        " 1 formula you typed in input cells kept as a formula; check its references: Demand!E14.",
    );
  });

  it("asks before a rebuild that would move typed values to Kept inputs, saying why when the settings were unreadable", () => {
    const m = buildMessage("scaffold", {
      sheets: [],
      families: 3,
      historyMonths: 12,
      horizonMonths: 18,
      syncs: 1,
      needsConfirmation: true,
      settingsProblem: "the Settings sheet is missing (deleted or renamed)",
      rebuild: { ...rebuild, inPlace: 0, moved: 0, toKept: 1240, toKeptAt: ["Actuals!C5"] },
    });
    expect(m).toEqual({
      intent: "warning",
      title: "Move typed values to Kept inputs?",
      body:
        "This workbook's settings could not be read (the Settings sheet is missing (deleted or renamed)), so the settings in this pane may not describe it. " +
        "Scaffolding now would move 1,240 typed values that the new layout has no cell for (Actuals!C5 and 1,239 more) to the Kept inputs sheet; " +
        "0 other values would stay with their family and month. " +
        "Restore the sheet or type the cycle again (company, cycle month, families) before scaffolding, or scaffold anyway: nothing is deleted.",
    });
  });

  it("describes the deck", () => {
    const m = deckMessage({ sheet: "Executive Summary", families: 5, months: 18, charts: 2, syncs: 3 });
    expect(m.title).toBe("Executive deck built");
    expect(m.body).toContain('"Executive Summary"');
    expect(m.body).toContain("5 families, 18 months, 2 charts; 3 round trips");
  });

  it("distinguishes nothing to reactivate from formulas re-entered", () => {
    expect(reactivateMessage({ formulas: 0, sheets: [], sopFormulas: 0, syncs: 2 }).body).toBe(
      "No SOP.* formula shows #NAME?; nothing needed re-entering.",
    );
    // sopFormulas counts the SOP.* formulas among the cells showing an error
    expect(reactivateMessage({ formulas: 0, sheets: [], sopFormulas: 2, syncs: 2 }).body).toBe(
      "2 SOP.* formulas show errors of their own (such as #DIV/0! for no data), not a missing function; check the input ranges.",
    );
    expect(reactivateMessage({ formulas: 12, sheets: ["KPIs"], sopFormulas: 14, syncs: 3 }).body).toBe(
      "Re-entered 12 formulas on KPIs in 3 round trips; they calculate again.",
    );
  });

  it("explains a protected sheet and says to run scaffold again", () => {
    const error = Object.assign(new Error("Writing sheet Demand (chunk 1 of 1) failed: the sheet is protected"), { code: "AccessDenied" });
    const m = failureMessage("scaffold", error);
    expect(m.intent).toBe("error");
    expect(m.title).toBe("Scaffolding the workbook failed");
    expect(m.body).toContain("Writing sheet Demand (chunk 1 of 1) failed: the sheet is protected (AccessDenied).");
    expect(m.body).toContain("Unprotect it");
    expect(m.body).toContain("keeps every value you typed");
  });

  it("tells the user to scaffold first when the deck finds no plan", () => {
    const m = failureMessage("deck", new Error("the workbook has no SOP_Demand range: scaffold the workbook first"));
    expect(m.body).toMatch(/Scaffold the workbook first \(or load the sample data\)/);
  });

  it("copes with errors that are not Error objects", () => {
    expect(failureMessage("reactivate", "boom").body).toMatch(/^boom\. /);
    expect(failureMessage("reactivate", undefined).body).toMatch(/^undefined\. /);
  });
});

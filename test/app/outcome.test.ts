import { buildMessage, deckMessage, failureMessage, reactivateMessage } from "../../src/app/outcome";

describe("what the pane says after an action", () => {
  it("says what was built: sheets, families, months and round trips", () => {
    const m = buildMessage("scaffold", {
      sheets: ["Settings", "Demand"],
      families: 1,
      historyMonths: 12,
      horizonMonths: 18,
      syncs: 2,
      keptInputs: true,
    });
    expect(m).toEqual({
      intent: "success",
      title: "Workbook scaffolded",
      body:
        "2 sheets (Settings, Demand) for 1 family, 12 months of history and 18 months of horizon, in 2 round trips to Excel." +
        " Every value you had typed in input cells was kept.",
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

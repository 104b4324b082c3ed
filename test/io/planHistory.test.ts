/** plan_history.csv: the plan archive through CSV, both ways, and its problems named by line and column. */
import { ArchiveRow } from "../../src/core/model";
import { importCycle } from "../../src/io";
import { cycleToCsv } from "../../src/io/export";
import { minimal } from "./minimalCycle";

const HEADER = "cycle_month,family,target_month,naive,statistical_baseline,sales_override,override_reason,override_comment,consensus\n";

describe("plan_history.csv", () => {
  it("reads the archive rows, blanks as none, a reason in any case as the canonical code", () => {
    const r = importCycle(
      minimal({
        "plan_history.csv":
          HEADER +
          "2026-01,Seats,2026-01,90,100,120,promotion,spring deal,125\n" +
          "2026-01,Seats,2026-03,90,104,,,,104\n" +
          "2025-12,Retired family,2026-01,,80,,,,80\n",
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.planArchive).toEqual<ArchiveRow[]>([
      { cycleMonth: "2026-01", family: "Seats", targetMonth: "2026-01", naive: 90, baseline: 100, override: 120, reason: "Promotion", comment: "spring deal", consensus: 125 },
      { cycleMonth: "2026-01", family: "Seats", targetMonth: "2026-03", naive: 90, baseline: 104, override: null, reason: null, comment: null, consensus: 104 },
      { cycleMonth: "2025-12", family: "Retired family", targetMonth: "2026-01", naive: null, baseline: 80, override: null, reason: null, comment: null, consensus: 80 },
    ]);
  });

  it("names an unknown reason, a target month before its cycle and a repeated row", () => {
    const r = importCycle(
      minimal({
        "plan_history.csv":
          HEADER +
          "2026-01,Seats,2026-01,90,100,120,gut feeling,,125\n" +
          "2026-02,Seats,2026-01,90,100,,,,100\n" +
          "2026-01,Seats,2026-02,90,100,,,,100\n" +
          "2026-01,seats,2026-02,90,100,,,,100\n",
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.issues.map((i) => [i.file, i.line, i.column]);
    expect(lines).toEqual([
      ["plan_history.csv", 2, "override_reason"],
      ["plan_history.csv", 3, "target_month"],
      ["plan_history.csv", 5, undefined],
    ]);
  });

  it("round-trips: the export imports back to the same rows, a formula-like comment kept as text", () => {
    const rows: ArchiveRow[] = [
      { cycleMonth: "2026-01", family: "Seats", targetMonth: "2026-02", naive: 3, baseline: 4.5, override: 6, reason: "Other", comment: "=risky, check", consensus: 6 },
      { cycleMonth: "2026-02", family: "Seats", targetMonth: "2026-02", naive: null, baseline: 5, override: null, reason: null, comment: null, consensus: 5 },
    ];
    const first = importCycle(minimal());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const files = cycleToCsv({ ...first.data, planArchive: rows });
    const back = importCycle(files);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.data.planArchive).toEqual(rows);
  });
});

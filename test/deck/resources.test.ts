import { readResources, resourceLine } from "../../src/deck/resources";
import type { SopName } from "../../src/layout/names";
import type { CellValue } from "../../src/layout/types";

/** A workbook's resource names as Office.js reads them (blank = ""), for one line over three months. */
function names(capacity: CellValue[], load: CellValue[], overload?: CellValue[]): (name: SopName) => CellValue[][] | undefined {
  const m = new Map<string, CellValue[][]>([
    ["SOP_Resources", [["Line 1"]]],
    ["SOP_ResourceCapacity", [capacity]],
    ["SOP_ResourceLoad", [load]],
    ["SOP_ResourceValue", [[0, 0, 0]]],
  ]);
  if (overload !== undefined) m.set("SOP_ResourceOverload", [overload]);
  return (name) => m.get(name);
}
const months = ["2026-03", "2026-04", "2026-05"];

describe("the deck's resources: the Supply sheet's overload row, a blank cell missing rather than 0", () => {
  it("reads the sheet's own overload row when the workbook names it", () => {
    // Capacity 300 300 300, load 250 440 220; the sheet's overload row 0 140 0.
    const [r] = readResources(names([300, 300, 300], [250, 440, 220], [0, 140, 0]));
    expect(r.overload).toEqual([0, 140, 0]);
    expect(resourceLine([r], months)).toBe("Resource overloads (load vs capacity): Line 1 2026-04 440 vs 300 (+140)");
  });

  it("recomputes MAX(0, ROUND(load - capacity, 6)) in a workbook built before the overload row was named", () => {
    // 440 - 300 = 140; 250 - 300 and 220 - 300 are below capacity: 0.
    expect(readResources(names([300, 300, 300], [250, 440, 220]))[0].overload).toEqual([0, 140, 0]);
  });

  it("treats a blank or non-numeric capacity, load or overload as missing (not 0) and says so in the line", () => {
    // 2026-04's capacity is blank: read as 0 it would show an overload of 440; it is unknown instead.
    // 2026-05's load holds text: unknown too. 2026-03 (250 of 300) is the highest known load, 83.3 %.
    const [r] = readResources(names([300, "", 300], [250, 440, "#REF!"], [0, "", ""]));
    expect(r.capacity).toEqual([300, null, 300]);
    expect(r.load).toEqual([250, 440, null]);
    expect(r.overload).toEqual([0, null, null]);
    expect(resourceLine([r], months)).toBe(
      "Resource overloads: none (highest load: Line 1 at 83.3% of capacity in 2026-03); capacity, load or overload missing (blank or not a number, not counted as 0) for Line 1 in 2026-04, 2026-05: recalculate the workbook",
    );
    // A blank overload cell where capacity and load are known is missing too.
    const [blankOverload] = readResources(names([300, 300, 300], [250, 440, 220], [0, "", 0]));
    expect(blankOverload.overload).toEqual([0, null, 0]);
    expect(resourceLine([blankOverload], months)).toContain("missing (blank or not a number, not counted as 0) for Line 1 in 2026-04");
  });
});

describe("the deck's resources, read by hand", () => {
  const get =
    (m: Record<string, CellValue[][]>) =>
    (name: SopName): CellValue[][] | undefined =>
      m[name];

  it("reads no resource without the names, the capacity or the load, and skips a row without a name", () => {
    expect(readResources(get({}))).toEqual([]);
    expect(readResources(get({ SOP_Resources: [["Line 1"]], SOP_ResourceLoad: [[1]] }))).toEqual([]);
    expect(readResources(get({ SOP_Resources: [["Line 1"]], SOP_ResourceCapacity: [[1]] }))).toEqual([]);
    // The second row has a name but no capacity row; the first has no name.
    const two = readResources(get({ SOP_Resources: [[""], ["Line 2"], ["Line 3"]], SOP_ResourceCapacity: [[1], [2]], SOP_ResourceLoad: [[1], [2], [3]] }));
    expect(two.map((r) => r.name)).toEqual(["Line 2"]);
  });

  it("reads hours per unit by family (blank = 0) and the value of the overload by month, none without the names", () => {
    // SOP_HoursPerUnit is families x resources: Line A 1 and 3 hours a unit, Line B 2 and blank.
    const rs = readResources(
      get({
        SOP_Resources: [["Line A"], ["Line B"]],
        SOP_ResourceCapacity: [[100, 100], [50, ""]],
        SOP_ResourceLoad: [[120, 90], [60, 70]],
        SOP_HoursPerUnit: [[1, 2], [3, ""]],
        SOP_ResourceValue: [[200, 0]],
        SOP_ResourceOverload: [[20, 0]],
      }),
    );
    expect(rs.map((r) => r.hours)).toEqual([[1, 3], [2, 0]]);
    expect(rs.map((r) => r.value)).toEqual([[200, 0], [0, 0]]);
    // Line B has no row of the overload: missing, not 0, where capacity and load are known.
    expect(rs.map((r) => r.overload)).toEqual([[20, 0], [null, null]]);
    const bare = readResources(get({ SOP_Resources: [["Line A"]], SOP_ResourceCapacity: [[100]], SOP_ResourceLoad: [[120]] }));
    expect(bare[0].hours).toEqual([]);
  });

  it("recomputes no overload where the capacity is missing", () => {
    expect(readResources(names([300, "", 300], [250, 440, 320]))[0].overload).toEqual([0, null, 20]);
  });

  it("recomputes no overload where the load is missing either", () => {
    // 2026-04's load is blank: MAX(0, ROUND(blank - 300, 6)) would read it as 0; it is unknown.
    // 2026-05: 320 - 300 = 20.
    expect(readResources(names([300, 300, 300], [250, "", 320]))[0].overload).toEqual([0, null, 20]);
  });
});

describe("the deck's resource line", () => {
  const line = (capacity: number[], load: number[]) => readResources(names(capacity, load))[0];

  it("is absent without resources, and names the highest load when nothing is overloaded", () => {
    expect(resourceLine([], months)).toBeUndefined();
    // 250 / 300 = 83.3 %, 280 / 300 = 93.3 %, 0 / 0 (no capacity) counts as 0.
    expect(resourceLine([line([300, 300, 0], [250, 280, 0])], months)).toBe(
      "Resource overloads: none (highest load: Line 1 at 93.3% of capacity in 2026-04)",
    );
    expect(resourceLine([line([300, 300, 300], [0, 0, 0])], months)).toBe("Resource overloads: none");
  });

  it("counts load 0 at capacity 0 as 0 even in the first month, and gives no highest load without months", () => {
    // 2026-03: 0 / 0 counts as 0 (not NaN, which would stay first and hide the peak);
    // 150 / 300 = 50.0 %, 240 / 300 = 80.0 %: the highest is 2026-05.
    expect(resourceLine([line([0, 300, 300], [0, 150, 240])], months)).toBe(
      "Resource overloads: none (highest load: Line 1 at 80.0% of capacity in 2026-05)",
    );
    const empty = { name: "Line 1", capacity: [], load: [], overload: [], value: [], hours: [] };
    expect(resourceLine([empty], [])).toBe("Resource overloads: none");
  });

  it("names each resource's missing months, resources separated by a semicolon", () => {
    // Line 1's capacity is blank in 2026-04, Line 2's load in 2026-03 and 2026-05; the known
    // months are within capacity: highest load Line 2 at 200 / 250 = 80.0 % in 2026-04.
    const rs = readResources(
      (n) =>
        new Map<string, CellValue[][]>([
          ["SOP_Resources", [["Line 1"], ["Line 2"]]],
          ["SOP_ResourceCapacity", [[300, "", 300], [250, 250, 250]]],
          ["SOP_ResourceLoad", [[150, 100, 210], ["", 200, ""]]],
        ]).get(n),
    );
    expect(resourceLine(rs, months)).toBe(
      "Resource overloads: none (highest load: Line 2 at 80.0% of capacity in 2026-04); capacity, load or overload missing (blank or not a number, not counted as 0) for Line 1 in 2026-04; Line 2 in 2026-03, 2026-05: recalculate the workbook",
    );
  });

  it("shows the three worst overloads and counts the others", () => {
    const five = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07"];
    const m = new Map<string, CellValue[][]>([
      ["SOP_Resources", [["Line 1"]]],
      ["SOP_ResourceCapacity", [[100, 100, 100, 100, 100]]],
      ["SOP_ResourceLoad", [[110, 150, 120, 130, 140]]],
    ]);
    const [r] = readResources((n) => m.get(n));
    expect(resourceLine([r], five)).toBe(
      "Resource overloads (load vs capacity): Line 1 2026-04 150 vs 100 (+50), Line 1 2026-07 140 vs 100 (+40), Line 1 2026-06 130 vs 100 (+30); 2 more overloaded resource-months",
    );
    expect(resourceLine([{ ...r, overload: [10, 50, 0, 30, 40] }], five)).toBe(
      "Resource overloads (load vs capacity): Line 1 2026-04 150 vs 100 (+50), Line 1 2026-07 140 vs 100 (+40), Line 1 2026-06 130 vs 100 (+30); 1 more overloaded resource-month",
    );
    expect(resourceLine([{ ...r, overload: [0, 50, 0, 30, 40] }], five)).toBe(
      "Resource overloads (load vs capacity): Line 1 2026-04 150 vs 100 (+50), Line 1 2026-07 140 vs 100 (+40), Line 1 2026-06 130 vs 100 (+30)",
    );
  });
});


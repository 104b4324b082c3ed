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

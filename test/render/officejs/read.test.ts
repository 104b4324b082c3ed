import { createExcelDouble } from "../../doubles/excel";
import { readSheets } from "../../../src/render/officejs";
import { padFromA1 } from "../../../src/render/officejs/read";

type Ctx = Excel.RequestContext;

describe("readSheets", () => {
  it("reads each existing sheet from A1 in one sync; empty cells are null, missing sheets absent", async () => {
    const excel = createExcelDouble({ initialSheets: ["Plan", "Empty"] });
    excel.state.typeValue("Plan", "C2", 5);
    excel.state.typeValue("Plan", "B3", "'=kept as text");
    excel.state.typeValue("Plan", "D3", true);
    const got = await excel.run((ctx) => readSheets(ctx as unknown as Ctx, ["Plan", "Empty", "Missing"]));
    expect(excel.stats.syncs).toBe(1);
    expect(got.get("Plan")).toEqual([
      [null, null, null, null],
      [null, null, 5, null],
      [null, "=kept as text", null, true],
    ]);
    expect(got.get("Empty")).toEqual([]);
    expect(got.has("Missing")).toBe(false);
  });

  it("falls back to reading in row bands when the values exceed Excel's response limit", async () => {
    const excel = createExcelDouble({ initialSheets: ["Big"], payloadLimitBytes: 3_000 });
    for (let r = 1; r <= 400; r++) excel.state.typeValue("Big", `B${r}`, r * 1.5);
    for (let r = 1; r <= 400; r++) excel.state.typeValue("Big", `C${r}`, `'row ${r}`);
    const got = await excel.run((ctx) => readSheets(ctx as unknown as Ctx, ["Big"]));
    expect(excel.stats.requests[0].error).toMatch(/^ResponsePayloadSizeLimitExceeded/);
    expect(got.get("Big")!.length).toBe(400);
    expect(got.get("Big")![399]).toEqual([null, 600, "row 400"]);
    expect(got.get("Big")![0]).toEqual([null, 1.5, "row 1"]);
  });

  it("pads a range read at B2:C3 so that [0][0] is A1", () => {
    expect(padFromA1("'Exec Summary'!B2:C3", [[1, ""], ["x", 2]])).toEqual([
      [null, null, null],
      [null, 1, null],
      [null, "x", 2],
    ]);
  });
});

import { createExcelDouble } from "../../doubles/excel";
import { readGrids, readSheets } from "../../../src/render/officejs";
import { CELLS_PER_READ, padFromA1 } from "../../../src/render/officejs/read";

type Ctx = Excel.RequestContext;

describe("readSheets", () => {
  it("reads each existing sheet from A1 in three round trips (what exists, sizes, cells); empty cells are null, missing sheets absent", async () => {
    const excel = createExcelDouble({ initialSheets: ["Plan", "Empty"] });
    excel.state.typeValue("Plan", "C2", 5);
    excel.state.typeValue("Plan", "B3", "'=kept as text");
    excel.state.typeValue("Plan", "D3", true);
    const got = await excel.run((ctx) => readSheets(ctx as unknown as Ctx, ["Plan", "Empty", "Missing"]));
    expect(excel.stats.syncs).toBe(3);
    expect(excel.stats.requests.every((r) => r.error === undefined)).toBe(true);
    expect(got.get("Plan")).toEqual([
      [null, null, null, null],
      [null, null, 5, null],
      [null, "=kept as text", null, true],
    ]);
    expect(got.get("Empty")).toEqual([]);
    expect(got.has("Missing")).toBe(false);
  });

  it("reads a blank workbook (a first scaffold) without reaching through sheets that do not exist", async () => {
    const excel = createExcelDouble();
    const got = await excel.run((ctx) => readGrids(ctx as unknown as Ctx, ["Demand", "Settings"], true, { inventoryOnly: ["KPIs"] }));
    expect(got.values.size).toBe(0);
    expect(got.syncs).toBe(1); // nothing to describe or read once the lists say none exists
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.requests.every((r) => r.error === undefined)).toBe(true);
  });

  it("sizes the read from the used range: a sheet over CELLS_PER_READ cells is read in bands, none refused", async () => {
    const rows = 80_000;
    const excel = createExcelDouble({ initialSheets: ["Big"] });
    for (let r = 1; r <= rows; r++) {
      excel.state.typeValue("Big", `A${r}`, r);
      excel.state.typeValue("Big", `B${r}`, -r);
    }
    const got = await excel.run((ctx) => readGrids(ctx as unknown as Ctx, ["Big"], true));
    // 160,000 cells with their formulas: 75,000 cells per request, so 3 requests of cells.
    expect(2 * rows).toBeGreaterThan(CELLS_PER_READ);
    expect(got.syncs).toBe(2 + Math.ceil((2 * rows) / (CELLS_PER_READ / 2)));
    expect(excel.stats.requests.every((r) => r.error === undefined)).toBe(true);
    expect(got.values.get("Big")!.length).toBe(rows);
    expect(got.values.get("Big")![rows - 1]).toEqual([rows, -rows]);
    expect(got.formulas!.get("Big")![0]).toEqual([1, -1]);
  });

  it("splits a band Excel still refuses as too large (long texts) and reads it again", async () => {
    const excel = createExcelDouble({ initialSheets: ["Big"], payloadLimitBytes: 3_000 });
    for (let r = 1; r <= 400; r++) excel.state.typeValue("Big", `B${r}`, r * 1.5);
    for (let r = 1; r <= 400; r++) excel.state.typeValue("Big", `C${r}`, `'row ${r}`);
    const got = await excel.run((ctx) => readSheets(ctx as unknown as Ctx, ["Big"]));
    expect(excel.stats.requests[2].error).toMatch(/^ResponsePayloadSizeLimitExceeded/);
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

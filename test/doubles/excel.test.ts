import { createExcelDouble, coerceTyped, DoubleExcelError } from "./excel";

describe("the recording Excel double", () => {
  it("queues writes until sync and counts syncs and request bytes", async () => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add("Plan");
      ws.getRange("A1:B2").formulas = [
        ["'=text", 3],
        ["=A2*2", "'2026-03"],
      ];
      expect(excel.state.findSheet("Plan")).toBeUndefined();
      await ctx.sync();
    });
    const plan = excel.state.sheet("Plan");
    expect(plan.cell("A1")).toMatchObject({ formula: null, value: "=text", textPrefixed: true });
    expect(plan.cell("B1").value).toBe(3);
    expect(plan.cell("A2").formula).toBe("=A2*2");
    expect(plan.cell("B2").value).toBe("2026-03");
    expect(excel.stats.syncs).toBe(1);
    expect(excel.stats.largestRequestBytes).toBeGreaterThan(50);
  });

  it("coerces typed text the way Excel does", () => {
    expect(coerceTyped("12").value).toBe(12);
    expect(coerceTyped("1,250.5").value).toBe(1250.5);
    expect(coerceTyped("2026-03").value).toBe(46082); // 1 March 2026 as an Excel serial
    expect(coerceTyped("TRUE").value).toBe(true);
    expect(coerceTyped("Widgets").kind).toBe("text");
  });

  it("turns unescaped text starting with = + - @ into formulas", async () => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      r.values = [["=HYPERLINK(1)", "+cmd", "-x", "@SUM(A1)"]];
      await ctx.sync();
    });
    const s = excel.state.sheet("Sheet1");
    expect(["A1", "B1", "C1", "D1"].map((a) => s.cell(a).formula)).toEqual(["=HYPERLINK(1)", "=+cmd", "=-x", "=SUM(A1)"]);
  });

  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not available/);
      sheets.load("items/name");
      const missing = sheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow(DoubleExcelError);
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
      expect(missing.isNullObject).toBe(true);
      const range = sheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    });
  });

  it("rejects writes into a protected sheet at sync, keeping earlier operations of the batch", async () => {
    const excel = createExcelDouble();
    excel.state.addSheet("Locked");
    excel.state.protectSheet("Locked", "secret");
    const err = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        ctx.workbook.worksheets.getItem("Locked").getRange("A1").values = [[2]];
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect((err as DoubleExcelError).code).toBe("AccessDenied");
    expect(excel.state.sheet("Sheet1").cell("A1").value).toBe(1);
    expect(excel.state.sheet("Locked").cell("A1").value).toBe("");
    const bad = await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Locked").protection.unprotect();
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect((bad as DoubleExcelError).code).toBe("InvalidArgument");
  });

  it("lets a user type into unlocked cells of a protected sheet only", async () => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRanges("B2:B3, D4").format.protection.locked = false;
      ws.protection.protect();
      await ctx.sync();
    });
    excel.state.typeValue("Sheet1", "D4", 5);
    expect(excel.state.sheet("Sheet1").cell("D4").value).toBe(5);
    expect(() => excel.state.typeValue("Sheet1", "A1", 5)).toThrow(/protected/);
  });

  it("rejects a request over 5 MB and can fail the n-th sync on demand", async () => {
    const excel = createExcelDouble();
    const big = Array.from({ length: 1000 }, () => Array.from({ length: 100 }, () => "=SUM(A1:A1000000)+1234567890"));
    const err = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:CV1000").formulas = big;
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1001:CV2000").formulas = big;
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect((err as DoubleExcelError).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.state.sheet("Sheet1").cell("A1").formula).toBeNull();

    excel.failNextSync({ code: "GeneralException", afterOperations: 1 });
    const err2 = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.add("One");
        ctx.workbook.worksheets.add("Two");
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect((err2 as DoubleExcelError).code).toBe("GeneralException");
    expect(excel.state.sheetNames()).toEqual(["Sheet1", "One"]);
  });

  it("reads the used range and names, and syncs what is still queued when run ends", async () => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2:C2").values = [[1, "x"]];
      ctx.workbook.names.add("Top", "=Sheet1!$B$2");
    });
    expect(excel.stats.syncs).toBe(1);
    await excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      used.load("address,values");
      const names = ctx.workbook.names;
      names.load("items/name");
      await ctx.sync();
      expect(used.address).toBe("Sheet1!B2:C2");
      expect(used.values).toEqual([[1, "x"]]);
      expect(names.items.map((n) => n.name)).toEqual(["Top"]);
    });
  });
  it("finds formula cells showing an error as a RangeAreas (getSpecialCellsOrNullObject), a null object when none", async () => {
    const shown: Record<string, string | number> = { B2: "#NAME?", B3: "#NAME?", D3: "#DIV/0!", D2: 4, B5: "#N/A" };
    const excel = createExcelDouble({
      formulaValue: (_sheet, row, col) => shown[`${String.fromCharCode(65 + col)}${row + 1}`] ?? "",
    });
    excel.state.addSheet("Clean");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D5").formulas = [
        ["Label", "", "", ""],
        ["x", "=SOP.OTIF(A1)", "", "=2*2"],
        ["y", "=SOP.WAPE(A1,A2)", "", "=1/0"],
        ["#NAME?", "", "", ""], // a constant that looks like an error is not a formula
        ["z", "=NA()", "", ""],
      ];
      ctx.workbook.worksheets.getItem("Clean").getRange("A1:B1").formulas = [[1, "=A1*2"]];
    });
    await excel.run(async (ctx) => {
      const sheet1 = ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      const errors = sheet1.getSpecialCellsOrNullObject("Formulas", "Errors");
      errors.load("address, areaCount, cellCount");
      errors.areas.load("items/address, items/formulas, items/values");
      const numbers = sheet1.getSpecialCellsOrNullObject("Formulas", "Numbers");
      numbers.load("address");
      const none = ctx.workbook.worksheets.getItem("Clean").getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject("Formulas", "Errors");
      none.areas.load("items/address");
      const blank = ctx.workbook.worksheets.add("Blank").getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject("Formulas", "Errors");
      await ctx.sync();
      expect(errors.isNullObject).toBe(false);
      expect(errors.address).toBe("Sheet1!B2:B3,Sheet1!D3,Sheet1!B5");
      expect([errors.areaCount, errors.cellCount]).toEqual([3, 4]);
      expect(errors.areas.items.map((a) => [a.address, a.formulas, a.values])).toEqual([
        ["Sheet1!B2:B3", [["=SOP.OTIF(A1)"], ["=SOP.WAPE(A1,A2)"]], [["#NAME?"], ["#NAME?"]]],
        ["Sheet1!D3", [["=1/0"]], [["#DIV/0!"]]],
        ["Sheet1!B5", [["=NA()"]], [["#N/A"]]],
      ]);
      expect(numbers.address).toBe("Sheet1!D2");
      expect(none.isNullObject).toBe(true);
      expect(none.areas.items).toEqual([]);
      expect(blank.isNullObject).toBe(true);
    });
    const thrown = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Clean").getRange("A1:B1").getSpecialCells("Formulas", "Errors").load("address");
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ code: "ItemNotFound" });
  });

  it("records the addresses each sync wrote content to", async () => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B2").formulas = [["=1+1"]];
      ws.getRange("A1:B1").values = [[1, 2]];
      ws.getRange("C1").format.fill.color = "#FFFF00";
    });
    expect(excel.stats.requests[0].contentWrites).toEqual(["Sheet1!B2", "Sheet1!A1:B1"]);
  });

  it("rejects an address over 8,192 characters and a tab colour not in the form #RRGGBB, as Excel documents", async () => {
    const excel = createExcelDouble();
    const long = Array.from({ length: 1200 }, (_, i) => `A${i + 1}:B${i + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    const tooLong = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRanges(long).format.fill.color = "#FFFF00";
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(tooLong).toMatchObject({ code: "InvalidArgument" });
    const badColor = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").tabColor = "2E75B6";
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(badColor).toMatchObject({ code: "InvalidArgument" });
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.tabColor = "#2E75B6";
      ws.getRanges(long.slice(0, 8000).replace(/,[^,]*$/, "")).format.fill.color = "#FFFF00";
      await ctx.sync();
    });
    expect(excel.state.sheet("Sheet1").tabColor).toBe("#2E75B6");
  });
});

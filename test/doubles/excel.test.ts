import { createExcelDouble, coerceTyped, DoubleExcelError, rewriteReferences, type DoubleRequestContext, type ExcelDouble } from "./excel";
import { createOfficeWire } from "./officeWire";

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

  it("sends nothing for a sync with no action pending, as Office.js does: no round trip counted, failures keep their number", async () => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      await ctx.sync(); // the workbook's Instantiate action: a request
      await ctx.sync(); // nothing pending: none
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await ctx.sync(); // one request
      await ctx.sync(); // nothing pending again
    }); // run's final sync: nothing pending
    expect(excel.stats.syncs).toBe(2);
    expect(excel.stats.requests.map((r) => r.sync)).toEqual([1, 2]);
    excel.failNextSync({ code: "GeneralException" }, 1);
    const err = await excel
      .run(async (ctx) => {
        await ctx.sync(); // the workbook: request 3
        await ctx.sync(); // empty: not the failing request
        ctx.workbook.worksheets.add("Two");
        await ctx.sync(); // request 4 fails
      })
      .catch((e: unknown) => e);
    expect((err as DoubleExcelError).code).toBe("GeneralException");
    expect(excel.stats.requests.map((r) => r.sync)).toEqual([1, 2, 3, 4]);
    expect(excel.state.findSheet("Two")).toBeUndefined();
  });

  it("counts the same requests as Microsoft's Excel web client library for the same batches", async () => {
    // Each batch runs through the real client (test/doubles/officeWire.ts, which records every
    // request its executor receives) and through the double, each ending with run's final sync.
    const batches: Record<string, (ctx: Excel.RequestContext) => Promise<void>> = {
      "nothing but syncs": async (ctx) => {
        await ctx.sync();
        await ctx.sync();
      },
      "objects reached, nothing done": async (ctx) => {
        await ctx.sync();
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
        await ctx.sync();
        await ctx.sync();
      },
      "a navigation property read again after a sync": async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        void sheet.protection;
        await ctx.sync();
        void sheet.protection;
        void ctx.workbook.worksheets;
        await ctx.sync();
      },
      "a null-object check": async (ctx) => {
        await ctx.sync();
        ctx.workbook.worksheets.getItemOrNullObject("Nowhere");
        await ctx.sync();
      },
      "a load, then nothing": async (ctx) => {
        ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        await ctx.sync();
      },
      "a write left for run's final sync": async (ctx) => {
        await ctx.sync();
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      },
      "a calculation suspension": async (ctx) => {
        await ctx.sync();
        ctx.workbook.application.suspendApiCalculationUntilNextSync();
        await ctx.sync();
        await ctx.sync();
      },
    };
    // By hand: the first sync of a context sends the workbook's Instantiate action; a sync then
    // sends a request when an object was made or an operation or load queued since the last.
    const expected: Record<string, number> = {
      "nothing but syncs": 1,
      "objects reached, nothing done": 2,
      "a navigation property read again after a sync": 1,
      "a null-object check": 2,
      "a load, then nothing": 1,
      "a write left for run's final sync": 2,
      "a calculation suspension": 2,
    };
    const got: Record<string, [number, number]> = {};
    for (const [name, batch] of Object.entries(batches)) {
      const wire = createOfficeWire();
      await wire.run(batch);
      const excel = createExcelDouble();
      await excel.run(batch as unknown as (ctx: DoubleRequestContext) => Promise<void>);
      got[name] = [wire.requests.length, excel.stats.syncs];
    }
    expect(got).toEqual(Object.fromEntries(Object.entries(expected).map(([k, n]) => [k, [n, n]])));
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
  it("fails a request that reaches through a null object; the null object itself may be loaded", async () => {
    const excel = createExcelDouble();
    await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Demand");
      missing.load("name");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
    const reaches = [
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItemOrNullObject("Demand").protection.load("protected"),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItemOrNullObject("Demand").charts.load("items/name"),
      (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItemOrNullObject("Demand").getUsedRangeOrNullObject(true).load("address"),
      (ctx: Excel.RequestContext) => ctx.workbook.names.getItemOrNullObject("SOP_Nothing").getRangeOrNullObject().load("values"),
    ];
    for (const reach of reaches) {
      const failed = await excel
        .run(async (ctx) => {
          reach(ctx as unknown as Excel.RequestContext);
          await ctx.sync();
        })
        .catch((e: unknown) => e);
      expect(failed).toMatchObject({ code: "ItemNotFound" });
    }
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
      const blank = ctx.workbook.worksheets.add("Blank").getRange().getSpecialCellsOrNullObject("Formulas", "Errors");
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
      expect(blank.isNullObject).toBe(true);
    });
    // The areas of a null RangeAreas, or special cells of a blank sheet's (null) used range, are
    // reached through a null object: Excel fails the request.
    for (const reach of [
      (ctx: Excel.RequestContext) =>
        ctx.workbook.worksheets.getItem("Clean").getRange().getSpecialCellsOrNullObject("Formulas", "Errors").areas.load("items/address"),
      (ctx: Excel.RequestContext) =>
        ctx.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject("Formulas", "Errors").load("address"),
    ]) {
      const failed = await excel
        .run(async (ctx) => {
          reach(ctx as unknown as Excel.RequestContext);
          await ctx.sync();
        })
        .catch((e: unknown) => e);
      expect(failed).toMatchObject({ code: "ItemNotFound" });
    }
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

/** A small two-sheet workbook: Data holds inputs, Calc refers to them; names on both. */
async function twoSheets(): Promise<ExcelDouble> {
  const excel = createExcelDouble({ initialSheets: ["Data", "Calc"] });
  await excel.run(async (ctx) => {
    const data = ctx.workbook.worksheets.getItem("Data");
    data.getRange("A1:C4").formulas = [
      ["Family", "Jan", "Feb"],
      ["Pumps", 10, 11],
      ["Valves", 20, 21],
      ["Meters", 30, 31],
    ];
    data.getRange("D2:D4").formulas = [["=B2+C2"], ["=B3+C3"], ["=B4+C4"]];
    data.getRange("B2:C4").format.fill.color = "#FFF2CC";
    data.getRange("B2:C4").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    const calc = ctx.workbook.worksheets.getItem("Calc");
    calc.getRange("A1:A4").formulas = [["=SUM(Data!B2:B4)"], ["=Data!$C$3*2"], ['="Data!B2 stays text"'], ["=Data!B:B"]];
    ctx.workbook.names.add("Families", "=Data!$A$2:$A$4");
    ctx.workbook.names.add("Valves", "=Data!$B$3");
  });
  return excel;
}

const formulasOf = (excel: ExcelDouble, sheet: string, cells: string[]): Array<string | null> =>
  cells.map((a) => excel.state.sheet(sheet).cell(a).formula);
const nameOf = (excel: ExcelDouble, name: string): string | undefined => excel.state.names.get(name.toLowerCase())?.formula;

describe("the double's structural edits (as a user makes them in Excel)", () => {
  it("finds A1 references outside strings and names, with or without a sheet", () => {
    const seen: string[] = [];
    rewriteReferences(`=SUM('It''s'!$B$2:B9)+Data!C3+A1*LOG10(2)+SOP_Months+"B2"+B:D+3:5`, (sheet, parts) => {
      seen.push(`${sheet ?? "-"}|${parts.length}`);
      return undefined;
    });
    expect(seen).toEqual(["It's|2", "Data|1", "-|1", "-|2", "-|2"]);
  });

  it("Range.insert(Down) of whole rows moves the cells below, their formats and validation, and every reference to them", async () => {
    const excel = await twoSheets();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("3:3").insert("Down");
    });
    const data = excel.state.sheet("Data");
    expect(["A3", "A4", "B4", "A5", "C5"].map((a) => data.cell(a).value)).toEqual(["", "Valves", 20, "Meters", 31]);
    // The inserted row takes the format of the row above (Format Same As Above).
    expect(data.cell("B3").format.fill).toBe("#FFF2CC");
    // Same-sheet formulas moved with their row and point at the moved cells.
    expect(formulasOf(excel, "Data", ["D2", "D3", "D4", "D5"])).toEqual(["=B2+C2", null, "=B4+C4", "=B5+C5"]);
    // A range that straddles the new row grows; a cell below it moves; strings and whole columns stay.
    expect(formulasOf(excel, "Calc", ["A1", "A2", "A3", "A4"])).toEqual(["=SUM(Data!B2:B5)", "=Data!$C$4*2", '="Data!B2 stays text"', "=Data!B:B"]);
    expect([nameOf(excel, "Families"), nameOf(excel, "Valves")]).toEqual(["=Data!$A$2:$A$5", "=Data!$B$4"]);
    expect(data.validations.map((v) => v.address)).toEqual(["B2:C5"]);
  });

  it("Range.insert(Down) of some cells moves only those columns; references outside them stay", async () => {
    const excel = await twoSheets();
    excel.state.insertCells("Data", "B3:C3", "Down");
    const data = excel.state.sheet("Data");
    expect(["A3", "B3", "B4", "C5", "D3"].map((a) => data.cell(a).value)).toEqual(["Valves", "", 20, 31, ""]);
    expect(data.cell("D3").formula).toBe("=B4+C4"); // D did not move, its references did
    expect(formulasOf(excel, "Calc", ["A1", "A2"])).toEqual(["=SUM(Data!B2:B5)", "=Data!$C$4*2"]);
    expect(nameOf(excel, "Families")).toBe("=Data!$A$2:$A$4"); // column A did not move
  });

  it("Range.delete(Up) of whole rows: references to the deleted cells become #REF!, ranges shrink, names follow", async () => {
    const excel = await twoSheets();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A3").getEntireRow().delete("Up");
    });
    const data = excel.state.sheet("Data");
    expect(["A3", "B3"].map((a) => data.cell(a).value)).toEqual(["Meters", 30]);
    expect(formulasOf(excel, "Data", ["D2", "D3", "D4"])).toEqual(["=B2+C2", "=B3+C3", null]);
    expect(formulasOf(excel, "Calc", ["A1", "A2"])).toEqual(["=SUM(Data!B2:B3)", "=Data!#REF!*2"]);
    expect([nameOf(excel, "Families"), nameOf(excel, "Valves")]).toEqual(["=Data!$A$2:$A$3", "=Data!#REF!"]);
  });

  it("inserts and deletes whole columns: later columns shift, references follow", async () => {
    const excel = await twoSheets();
    excel.state.insertColumns("Data", "C");
    expect(["B2", "C2", "D2"].map((a) => excel.state.sheet("Data").cell(a).value)).toEqual([10, "", 11]);
    expect(formulasOf(excel, "Data", ["E2"])).toEqual(["=B2+D2"]);
    expect(formulasOf(excel, "Calc", ["A2", "A4"])).toEqual(["=Data!$D$3*2", "=Data!B:B"]);
    excel.state.deleteColumns("Data", "B");
    expect(formulasOf(excel, "Data", ["D2"])).toEqual(["=#REF!+C2"]);
    expect(formulasOf(excel, "Calc", ["A1", "A2", "A4"])).toEqual(["=SUM(Data!#REF!)", "=Data!$C$3*2", "=Data!#REF!"]);
    expect(nameOf(excel, "Valves")).toBe("=Data!#REF!");
  });

  it("refuses inserting and deleting on a protected sheet, unless whole rows are allowed and unlocked", async () => {
    const excel = await twoSheets();
    excel.state.protectSheet("Data");
    expect(() => excel.state.insertRows("Data", 3)).toThrow(/protected/);
    const err = await excel
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("B3:C3").insert("Down");
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "AccessDenied" });
    expect(excel.state.sheet("Data").cell("A3").value).toBe("Valves");
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.protection.unprotect();
      ws.protection.protect({ allowInsertRows: true, allowDeleteRows: true });
    });
    excel.state.insertRows("Data", 3);
    expect(excel.state.sheet("Data").cell("A4").value).toBe("Valves");
    expect(() => excel.state.insertCells("Data", "B2:C2", "Down")).toThrow(/protected/); // cells, not rows
    expect(() => excel.state.deleteRows("Data", 4)).toThrow(/protected/); // its cells are locked
  });

  it("renaming a sheet carries every reference to it; deleting one leaves #REF!", async () => {
    const excel = await twoSheets();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").name = "My data";
    });
    expect(formulasOf(excel, "Calc", ["A1", "A2"])).toEqual(["=SUM('My data'!B2:B4)", "='My data'!$C$3*2"]);
    expect(nameOf(excel, "Families")).toBe("='My data'!$A$2:$A$4");
    expect(() => excel.state.renameSheet("Calc", "my DATA")).toThrow(/exists/);
    expect(() => excel.state.renameSheet("Calc", "a:b")).toThrow(/Invalid/);
    excel.state.deleteSheet("My data");
    expect(excel.state.sheetNames()).toEqual(["Calc"]);
    expect(formulasOf(excel, "Calc", ["A1", "A2"])).toEqual(["=SUM(#REF!B2:B4)", "=#REF!$C$3*2"]);
    expect(nameOf(excel, "Valves")).toBe("=#REF!$B$3");
  });

  it("sorts the rows of a range by one column, blanks last; references to the cells do not follow", async () => {
    const excel = await twoSheets();
    excel.state.typeValue("Data", "A5", "Drives");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A2:C5").sort.apply([{ key: 0, ascending: true }]);
    });
    const data = excel.state.sheet("Data");
    expect(["A2", "A3", "A4", "A5"].map((a) => data.cell(a).value)).toEqual(["Drives", "Meters", "Pumps", "Valves"]);
    expect(["B2", "B3", "B4", "B5"].map((a) => data.cell(a).value)).toEqual(["", 30, 10, 20]);
    expect(nameOf(excel, "Valves")).toBe("=Data!$B$3");
    excel.state.sortRange("Data", "A2:C5", "B", false);
    expect(["A2", "A3", "A4", "A5"].map((a) => data.cell(a).value)).toEqual(["Meters", "Valves", "Pumps", "Drives"]);
  });

  it("types formulas and clears cells as a user does, within the protection", () => {
    const excel = createExcelDouble();
    excel.state.typeFormula("Sheet1", "B2", "=A2*1.1");
    excel.state.typeValue("Sheet1", "C2", 5);
    expect(excel.state.sheet("Sheet1").cell("B2").formula).toBe("=A2*1.1");
    excel.state.clearCells("Sheet1", "B2:C2");
    expect([excel.state.sheet("Sheet1").cell("B2").formula, excel.state.sheet("Sheet1").cell("C2").value]).toEqual([null, ""]);
    excel.state.protectSheet("Sheet1");
    expect(() => excel.state.clearCells("Sheet1", "A1")).toThrow(/protected/);
  });
});

/**
 * The requirement sets manifest.xml declares cover every Office API member the sources call.
 * Each row of the table names a member, how it is found in src/ (comments left out), and the
 * requirement set that introduced it, as Microsoft's reference documents it (the page in each
 * row; the same "[Api set: ...]" remarks are in @types/office-js and
 * @types/custom-functions-runtime). A member found in src/ whose set the manifest does not
 * declare at that version or later fails the test: Office would load the add-in where the call
 * then fails.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const EXCEL = "https://learn.microsoft.com/javascript/api/excel";

interface Requirement {
  readonly member: string;
  readonly pattern: RegExp;
  readonly set: string;
  readonly version: string;
  readonly source: string;
}

const REQUIREMENTS: ReadonlyArray<Requirement> = [
  // https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error ("API set: CustomFunctionsRuntime 1.2")
  {
    member: "new CustomFunctions.Error",
    pattern: /new CustomFunctions\.Error\(/,
    set: "CustomFunctionsRuntime",
    version: "1.2",
    source: "https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error",
  },
  // https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
  // ("Requirement set 1.3 adds ... new ErrorCode options to the CustomFunctions.Error object";
  // every ErrorCode member is marked CustomFunctionsRuntime 1.3).
  {
    member: "CustomFunctions.ErrorCode members",
    pattern: /CustomFunctions\.ErrorCode\.\w+/,
    set: "CustomFunctionsRuntime",
    version: "1.3",
    source: "https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode",
  },
  {
    member: "CustomFunctions.associate",
    pattern: /CustomFunctions\.associate\(/,
    set: "CustomFunctionsRuntime",
    version: "1.1",
    source: "https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions",
  },
  // https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
  {
    member: "Office.addin.showAsTaskpane",
    pattern: /Office\.addin\.showAsTaskpane\(/,
    set: "SharedRuntime",
    version: "1.1",
    source: "https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets",
  },
  // Excel: the "[ API set: ExcelApi x ]" remark of each member's reference page.
  {
    member: "Range.getSpecialCellsOrNullObject",
    pattern: /\.getSpecialCells(OrNullObject)?\(/,
    set: "ExcelApi",
    version: "1.9",
    source: `${EXCEL}/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)`,
  },
  {
    member: "Worksheet.getRanges (RangeAreas)",
    pattern: /\.getRanges\(/,
    set: "ExcelApi",
    version: "1.9",
    source: `${EXCEL}/excel.worksheet#excel-excel-worksheet-getranges-member(1)`,
  },
  {
    member: "RangeAreas.areas",
    pattern: /\.areas\b/,
    set: "ExcelApi",
    version: "1.9",
    source: `${EXCEL}/excel.rangeareas`,
  },
  {
    member: "Worksheet.pageLayout",
    pattern: /\.pageLayout\b/,
    set: "ExcelApi",
    version: "1.9",
    source: `${EXCEL}/excel.pagelayout`,
  },
  {
    member: "Worksheet.horizontalPageBreaks",
    pattern: /\.horizontalPageBreaks\b/,
    set: "ExcelApi",
    version: "1.9",
    source: `${EXCEL}/excel.pagebreakcollection`,
  },
  {
    member: "Range.dataValidation",
    pattern: /\.dataValidation\b/,
    set: "ExcelApi",
    version: "1.8",
    source: `${EXCEL}/excel.datavalidation`,
  },
  {
    member: "Worksheet.freezePanes",
    pattern: /\.freezePanes\b/,
    set: "ExcelApi",
    version: "1.7",
    source: `${EXCEL}/excel.worksheetfreezepanes`,
  },
  {
    member: "Worksheet.tabColor",
    pattern: /\.tabColor\s*=/,
    set: "ExcelApi",
    version: "1.7",
    source: `${EXCEL}/excel.worksheet#excel-excel-worksheet-tabcolor-member`,
  },
  {
    member: "NamedItem.formula (set)",
    pattern: /names\.getItem\([^)]*\)\.formula\s*=/,
    set: "ExcelApi",
    version: "1.7",
    source: `${EXCEL}/excel.nameditem#excel-excel-nameditem-formula-member`,
  },
  {
    member: "Application.suspendApiCalculationUntilNextSync",
    pattern: /\.suspendApiCalculationUntilNextSync\(/,
    set: "ExcelApi",
    version: "1.6",
    source: `${EXCEL}/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)`,
  },
  {
    member: "Range.conditionalFormats",
    pattern: /\.conditionalFormats\b/,
    set: "ExcelApi",
    version: "1.6",
    source: `${EXCEL}/excel.conditionalformatcollection`,
  },
  {
    member: "WorksheetCollection.getItemOrNullObject",
    pattern: /\.getItemOrNullObject\(/,
    set: "ExcelApi",
    version: "1.4",
    source: `${EXCEL}/excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member(1)`,
  },
  {
    member: "Worksheet.getUsedRangeOrNullObject",
    pattern: /\.getUsedRangeOrNullObject\(/,
    set: "ExcelApi",
    version: "1.4",
    source: `${EXCEL}/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)`,
  },
  {
    member: "NamedItemCollection.add",
    pattern: /\.names\.add\(/,
    set: "ExcelApi",
    version: "1.4",
    source: `${EXCEL}/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)`,
  },
  {
    member: "Worksheet.protection (protect, unprotect)",
    pattern: /\.protection\.(protect|unprotect)\(/,
    set: "ExcelApi",
    version: "1.2",
    source: `${EXCEL}/excel.worksheetprotection`,
  },
  {
    member: "RangeFormat.protection.locked",
    pattern: /\.format\.protection\.locked\b/,
    set: "ExcelApi",
    version: "1.2",
    source: `${EXCEL}/excel.formatprotection`,
  },
  {
    member: "RangeFormat.columnWidth / rowHeight",
    pattern: /\.format\.(columnWidth|rowHeight)\b/,
    set: "ExcelApi",
    version: "1.2",
    source: `${EXCEL}/excel.rangeformat#excel-excel-rangeformat-columnwidth-member`,
  },
  {
    member: "Range.formulas / values / numberFormat",
    pattern: /\.(formulas|numberFormat)\s*=/,
    set: "ExcelApi",
    version: "1.1",
    source: `${EXCEL}/excel.range`,
  },
  {
    member: "ChartCollection.add",
    pattern: /\.charts\.add\(/,
    set: "ExcelApi",
    version: "1.1",
    source: `${EXCEL}/excel.chartcollection#excel-excel-chartcollection-add-member(1)`,
  },
];

/** Every .ts / .tsx file under src/, with comments removed (a member named in a comment is not a call). */
function sources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name))
        out.set(
          path.relative(root, p),
          fs
            .readFileSync(p, "utf8")
            .replace(/\/\*[\s\S]*?\*\//g, "")
            .replace(/(^|[^:"'`])\/\/.*$/gm, "$1"),
        );
    }
  };
  walk(path.join(root, "src"));
  return out;
}

/** Declared sets: name -> MinVersion (a set without MinVersion takes the Sets element's DefaultMinVersion). */
function declaredSets(xml: string): Map<string, string> {
  const block = /<Requirements>\s*<Sets([^>]*)>([\s\S]*?)<\/Sets>/.exec(xml);
  if (!block) throw new Error("manifest.xml has no <Requirements><Sets>");
  const fallback = /DefaultMinVersion="([^"]+)"/.exec(block[1])?.[1] ?? "1.1";
  const sets = new Map<string, string>();
  for (const m of block[2].matchAll(/<Set\s+([^>]*?)\/?>/g)) {
    const name = /Name="([^"]+)"/.exec(m[1])?.[1];
    if (name) sets.set(name, /MinVersion="([^"]+)"/.exec(m[1])?.[1] ?? fallback);
  }
  return sets;
}

/** "1.10" is above "1.9". */
function atLeast(declared: string, needed: string): boolean {
  const [a, b] = [declared, needed].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

describe("manifest requirement sets", () => {
  const src = sources();
  const declared = declaredSets(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
  const used = REQUIREMENTS.map((r) => ({
    ...r,
    files: [...src].filter(([, text]) => r.pattern.test(text)).map(([f]) => f),
  }));

  it("finds the members this check exists for (the scan works)", () => {
    const found = used.filter((u) => u.files.length > 0).map((u) => u.member);
    expect(found).toEqual(
      expect.arrayContaining([
        "new CustomFunctions.Error",
        "CustomFunctions.ErrorCode members",
        "Range.getSpecialCellsOrNullObject",
        "Worksheet.getRanges (RangeAreas)",
        "Worksheet.protection (protect, unprotect)",
      ]),
    );
  });

  it("declares, for every member the sources call, its set at the version that introduced it or later", () => {
    const missing = used
      .filter((u) => u.files.length > 0)
      .filter((u) => !declared.has(u.set) || !atLeast(declared.get(u.set)!, u.version))
      .map(
        (u) =>
          `${u.member} needs ${u.set} ${u.version} (manifest: ${declared.get(u.set) ?? "none"}; used in ${u.files.join(", ")}; ${u.source})`,
      );
    expect(missing).toEqual([]);
  });

  it("compares versions as numbers", () => {
    expect(atLeast("1.10", "1.9")).toBe(true);
    expect(atLeast("1.1", "1.3")).toBe(false);
    expect(atLeast("1.3", "1.3")).toBe(true);
  });
});

/**
 * The JSDoc of src/functions (what Excel's functions.json is generated from) against the
 * declarations in src/core/sop: same functions, same parameters in the same order, same optional
 * flags, ranges declared as matrices, every parameter `any` (Excel converts typed parameters
 * before the call, so a blank, "" or text would never reach the core's parser), results of the
 * declared shape, and each wrapper calling its own declaration with its parameters in order.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import { FUNCTIONS, RANGE_KINDS, functionNamed } from "../../src/core/sop";

const DIR = path.resolve(__dirname, "../../src/functions");
const FILES = ["kpi.ts", "accuracy.ts", "plan.ts", "forecast.ts"].map((f) => path.join(DIR, f));

interface MetaParam {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface MetaFunction {
  id: string;
  parameters: MetaParam[];
  result: { type?: string; dimensionality?: string };
}

let meta: MetaFunction[] = [];
let errors: string[] = [];

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(FILES);
  errors = r.errors;
  meta = (JSON.parse(r.metadataJson) as { functions: MetaFunction[] }).functions;
}, 60000);

describe("the JSDoc custom functions and their declarations", () => {
  it("generate metadata without errors", () => {
    expect(errors).toEqual([]);
  });

  it("declare the same functions", () => {
    expect(meta.map((f) => f.id).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
  });

  it.each(FUNCTIONS.map((f) => [f.name]))("SOP.%s: same parameters, kinds, optional flags and result", (name) => {
    const decl = functionNamed(name)!;
    const m = meta.find((f) => f.id === name)!;
    expect(m.parameters.map((p) => p.name)).toEqual(decl.params.map((p) => p.name));
    decl.params.forEach((p, i) => {
      const mp = m.parameters[i];
      expect({ name: p.name, optional: mp.optional === true }).toEqual({ name: p.name, optional: p.optional === true });
      expect({ name: p.name, type: mp.type }).toEqual({ name: p.name, type: "any" });
      const matrix = RANGE_KINDS.includes(p.kind);
      expect({ name: p.name, dimensionality: mp.dimensionality ?? "scalar" }).toEqual({
        name: p.name,
        dimensionality: matrix ? "matrix" : "scalar",
      });
      for (const word of p.allowed ?? []) expect(mp.description).toContain(word);
    });
    if (decl.result === "spill") expect(m.result.dimensionality).toBe("matrix");
    else expect(m.result).toEqual({ type: decl.result === "text" ? "string" : "number" });
  });

  it("have one-line bodies that run their own declaration with their parameters in order", () => {
    const helper = { scalar: "number", text: "text", spill: "spilled" } as const;
    const seen: string[] = [];
    for (const file of FILES) {
      const src = fs.readFileSync(file, "utf8");
      const re = /@customfunction (\w+)[\s\S]*?\*\/\s*export function \w+\(([^)]*)\)[^{]*\{\s*return (\w+)\((\w+), \[([^\]]*)\]\);\s*\}/g;
      for (const m of src.matchAll(re)) {
        const [, id, params, fn, declName, args] = m;
        const decl = functionNamed(id)!;
        const names = params.split(",").map((p) => p.trim().split(/[?:]/)[0]).filter((p) => p !== "");
        expect({ id, declName, fn }).toEqual({ id, declName: decl.name, fn: helper[decl.result] });
        expect(args.split(",").map((a) => a.trim()).filter((a) => a !== "")).toEqual(names);
        seen.push(id);
      }
    }
    expect(seen.sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
  });
});

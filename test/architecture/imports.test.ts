/**
 * The import graph of src/, resolved file to file: no module imports itself through others
 * (no cycles), and every layer imports only what layers.json allows (README, Architecture).
 * eslint's no-restricted-imports checks the same rules per file; this test checks the resolved
 * paths, so `npm test` fails on a cycle or a crossed layer however the path is spelled.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import layers from "../../layers.json";

const SRC = path.resolve(__dirname, "../../src");

interface Layer {
  readonly folder: string;
  readonly only?: ReadonlyArray<string>;
  readonly never?: ReadonlyArray<string>;
  readonly packages: string;
}

/** Every .ts/.tsx file under `dir`, as paths relative to src/ with forward slashes. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path.relative(SRC, p).split(path.sep).join("/")] : [];
  });
}

/** Comments blanked out (strings kept), so an import written in a doc comment does not count. */
function withoutComments(text: string): string {
  return text.replace(
    /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (_match, str: string | undefined) => str ?? "",
  );
}

/** The module specifiers a source imports: import/export ... from, side-effect imports, require, import(). */
export function specifiers(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/g,
    /\b(?:require|import)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

/** A relative specifier resolved to a file under src/ (relative to src/), or null when none exists. */
function resolve(from: string, spec: string): string | null {
  const base = path.join(SRC, path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  const file = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  return file ? path.relative(SRC, file).split(path.sep).join("/") : null;
}

interface Graph {
  readonly edges: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Non-relative imports (packages), per file. */
  readonly packages: ReadonlyMap<string, ReadonlyArray<string>>;
  readonly unresolved: ReadonlyArray<string>;
}

function importGraph(): Graph {
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of sources(SRC)) {
    const specs = specifiers(fs.readFileSync(path.join(SRC, file), "utf8"));
    const local: string[] = [];
    const external: string[] = [];
    for (const spec of specs) {
      if (!spec.startsWith(".")) {
        external.push(spec);
        continue;
      }
      const target = resolve(file, spec);
      if (target === null) unresolved.push(`${file} -> ${spec}`);
      else local.push(target);
    }
    edges.set(file, [...new Set(local)]);
    packages.set(file, [...new Set(external)]);
  }
  return { edges, packages, unresolved };
}

/** The cycles of a graph: each strongly connected component of more than one file (or a self-import), as a path. */
export function cycles(edges: ReadonlyMap<string, ReadonlyArray<string>>): string[][] {
  // Tarjan's algorithm.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

const folderOf = (file: string): string => file.split("/")[0];

const hostPackage = (name: string): boolean =>
  layers.hostPackages.some((re) => new RegExp(re).test(name)) || builtinModules.includes(name.split("/")[0]);

/** Every import that crosses a layer rule, as "file -> target (why)". */
function layerViolations(graph: Graph): string[] {
  const out: string[] = [];
  for (const layer of layers.layers as ReadonlyArray<Layer>) {
    const allowed = (folder: string): boolean =>
      layer.only ? layer.only.includes(folder) : !(layer.never ?? []).includes(folder);
    for (const [file, targets] of graph.edges) {
      if (folderOf(file) !== layer.folder) continue;
      for (const t of targets)
        if (!allowed(folderOf(t))) out.push(`${file} -> ${t} (src/${layer.folder} may not import src/${folderOf(t)})`);
      for (const p of graph.packages.get(file) ?? []) {
        if (layer.packages === "none") out.push(`${file} -> ${p} (src/${layer.folder} imports no package)`);
        if (layer.packages === "pure" && hostPackage(p))
          out.push(`${file} -> ${p} (no Office, React, ExcelJS or Node)`);
      }
    }
  }
  return out;
}

describe("the import graph of src/", () => {
  const graph = importGraph();

  it("reads the imports of every layer", () => {
    // Guards the parsing: each folder of the architecture holds sources, and known edges are seen.
    for (const folder of layers.folders) expect([...graph.edges.keys()].some((f) => folderOf(f) === folder)).toBe(true);
    expect(graph.edges.get("commands/buildDeck.ts")).toEqual(
      expect.arrayContaining(["app/host.ts", "app/outcome.ts", "app/bus.ts"]),
    );
    expect(graph.packages.get("render/xlsx/render.ts") ?? []).toContain("exceljs");
    expect(graph.unresolved).toEqual([]);
  });

  it("has no cycles", () => {
    expect(cycles(graph.edges)).toEqual([]);
  });

  it("keeps every layer to what it may import", () => {
    expect(layerViolations(graph)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("find the import specifiers of every form, and none in comments", () => {
    const text = [
      'import { a } from "./a";',
      'import type { B } from "../b";',
      "import {\n  c,\n  d,\n} from './c';",
      'import * as e from "e-pkg";',
      'import "./side";',
      'export { f } from "./f";',
      'export * from "./g";',
      'const h = require("./h");',
      'const i = await import("./i");',
      '/** import { no } from "./block"; */',
      '// import { no } from "./line";',
      'const url = "https://example.com/x"; import { j } from "./j";',
    ].join("\n");
    expect(specifiers(text)).toEqual(["./a", "../b", "./c", "e-pkg", "./side", "./f", "./g", "./j", "./h", "./i"]);
  });

  it("find a cycle of three and a self-import, and none in a diamond", () => {
    const g = new Map<string, string[]>([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["d"]],
      ["e", ["f", "g"]],
      ["f", ["h"]],
      ["g", ["h"]],
      ["h", []],
    ]);
    expect(cycles(g)).toEqual([["a", "b", "c"], ["d"]]);
    expect(
      cycles(
        new Map([
          ["e", ["f", "g"]],
          ["f", ["h"]],
          ["g", ["h"]],
          ["h", []],
        ]),
      ),
    ).toEqual([]);
  });
});

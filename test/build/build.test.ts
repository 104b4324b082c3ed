/**
 * The built add-in (dist/, built by `ensureBuilt` as `npm run build` does): functions.json is
 * generated from the JSDoc of src/functions and describes every SOP.* function a planner
 * needs; the page, script, manifest and icons the manifest points at are all there.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST as dist, ensureBuilt } from "../setup/dist";

ensureBuilt();

interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{ name: string; description?: string; optional?: boolean; dimensionality?: string }>;
  result: { dimensionality?: string };
}

const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as { functions: FunctionMeta[] };
const byId = new Map(metadata.functions.map((f) => [f.id, f]));

const required = [
  // the twelve KPIs of the seed article
  "FORECASTACCURACY", "FORECASTBIAS", "PLANADHERENCE", "INVENTORYTURNS", "SERVICELEVEL", "OTIF",
  "CAPACITYUTILIZATION", "REVENUEVSPLAN", "WORKINGCAPITAL", "DEMANDVOLATILITY", "SCHEDULEADHERENCE",
  "DECISIONCLOSURE",
  // the accuracy family
  "MAPE", "WAPE", "SMAPE", "MASE", "TRACKINGSIGNAL", "FVA",
  // plan arithmetic
  "WEIGHTEDPIPELINE", "PROJECTEDINVENTORY", "DAYSOFSUPPLY",
  // statistical forecast
  "FORECAST", "FORECASTINTERVAL", "FORECASTMETHOD",
];

describe("dist/functions.json", () => {
  it.each(required)("lists SOP.%s with a description and a description for every parameter", (id) => {
    const f = byId.get(id);
    expect(f).toBeDefined();
    const fn = f as FunctionMeta;
    expect(fn.name).toBe(id);
    expect((fn.description ?? "").length).toBeGreaterThan(20);
    expect(fn.parameters.length).toBeGreaterThan(0);
    for (const p of fn.parameters) {
      expect({ fn: id, param: p.name, described: (p.description ?? "").length > 5 }).toEqual({ fn: id, param: p.name, described: true });
    }
  });

  it("has unique ids, all upper case, so every function is typed as =SOP.NAME", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9.]*$/);
  });

  it("declares the spilling functions as returning a matrix", () => {
    for (const id of ["PROJECTEDINVENTORY", "FORECAST"]) {
      expect(byId.get(id)?.result.dimensionality).toBe("matrix");
    }
  });
});

describe("dist/", () => {
  it("holds the page, scripts, manifest and icons the manifest points at", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // the minified page may leave attribute values unquoted
    const order = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    const scripts = order.filter((s) => !s.startsWith("http"));
    for (const s of scripts) expect(fs.existsSync(path.join(dist, s))).toBe(true);
    // office.js comes first, then the custom functions, then the task pane
    expect(order[0]).toContain("office.js");
    expect(order[1]).toContain("functions.js");
    expect(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8")).toContain("<OfficeApp");
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(dist, "assets", `icon-${size}.png`))).toBe(true);
  });

  it("registers the ribbon's buildDeck action in the page's scripts (the commands load with the pane)", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((s) => !s.startsWith("http"));
    const js = scripts.map((s) => fs.readFileSync(path.join(dist, s), "utf8")).join("\n");
    expect(js).toMatch(/\.actions\.associate\(\s*"buildDeck"/);
  });

  it("registers each function with the runtime in the built script", () => {
    const js = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
    for (const id of required) expect(js).toContain(`CustomFunctions.associate("${id}"`);
  });
});

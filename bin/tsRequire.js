/**
 * Lets Node require the TypeScript sources directly, with only production dependencies
 * installed (`npm ci --omit=dev`): each .ts file is transpiled on first require with
 * TypeScript's `transpileModule` (types are not checked here; `npm test` does that) and the
 * JavaScript is cached in node_modules/.cache/sop-planner, keyed by the source text and the
 * TypeScript version, so a later run loads neither the compiler nor re-transpiles anything.
 * A cache that cannot be written (read-only install) is skipped; SOP_PLANNER_TS_CACHE names
 * another folder for it.
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const CACHE = process.env.SOP_PLANNER_TS_CACHE || path.join(ROOT, "node_modules", ".cache", "sop-planner");
const TS_VERSION = JSON.parse(fs.readFileSync(require.resolve("typescript/package.json"), "utf8")).version;

let ts;
const compilerOptions = () => ({
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  jsx: ts.JsxEmit.ReactJSX,
  isolatedModules: true,
});

function transpile(source, filename) {
  if (ts === undefined) ts = require("typescript");
  return ts.transpileModule(source, { compilerOptions: compilerOptions(), fileName: filename }).outputText;
}

function cached(source, filename) {
  const key = crypto.createHash("sha256").update(`${TS_VERSION}\0${filename}\0${source}`).digest("hex");
  const file = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    const code = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, code);
      fs.renameSync(tmp, file);
    } catch {
      // No cache: transpiled again next time.
    }
    return code;
  }
}

require.extensions[".ts"] = (module, filename) => {
  module._compile(cached(fs.readFileSync(filename, "utf8"), filename), filename);
};

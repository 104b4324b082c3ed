/**
 * `npm run pack` on a production install (`npm ci --omit=dev`, the scheduled job's set-up):
 * every package the command loads must be one such an install has. The command runs as
 * `npm run pack` runs it (package.json's script), with a fresh transpile cache (so the
 * TypeScript compiler is loaded too), and records every file Node loaded; each file under
 * node_modules must belong to a package that package-lock.json does not mark "dev" (the lock's
 * flags are exactly what `npm ci --omit=dev` leaves out).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import pkg from "../../package.json";
import lock from "../../package-lock.json";

const ROOT = path.resolve(__dirname, "../..");

interface LockEntry {
  readonly dev?: boolean;
}

const lockPackages = lock.packages as Readonly<Record<string, LockEntry | undefined>>;

/** ".../node_modules/a/node_modules/@b/c/lib/x.js" -> "node_modules/a/node_modules/@b/c" (the lock's key). */
export function lockKey(file: string): string | undefined {
  const parts = file.split(path.sep);
  const first = parts.indexOf("node_modules");
  if (first < 0) return undefined;
  const key: string[] = [];
  for (let i = first; i < parts.length; i++) {
    if (parts[i] !== "node_modules") break;
    const name = parts[i + 1].startsWith("@") ? `${parts[i + 1]}/${parts[i + 2]}` : parts[i + 1];
    key.push("node_modules", name);
    i += name.split("/").length;
  }
  return key.join("/");
}

describe("npm run pack on a production install", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sop-prod-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("runs as `node bin/pack.js`, not through a dev-only loader", () => {
    expect(pkg.scripts.pack).toBe("node bin/pack.js");
  });

  it("finds the lock key of a loaded file", () => {
    const f = ["", "x", "node_modules", "a", "node_modules", "@b", "c", "lib", "x.js"].join(path.sep);
    expect(lockKey(f)).toBe("node_modules/a/node_modules/@b/c");
    expect(lockKey(["", "x", "node_modules", "exceljs", "index.js"].join(path.sep))).toBe("node_modules/exceljs");
    expect(lockKey(["", "x", "src", "a.ts"].join(path.sep))).toBeUndefined();
  });

  it("loads only packages that `npm ci --omit=dev` installs", () => {
    const record = path.join(dir, "record.js");
    const loaded = path.join(dir, "loaded.json");
    fs.writeFileSync(
      record,
      `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(loaded)}, JSON.stringify(Object.keys(require.cache))));\n`,
    );
    const [node, ...args] = pkg.scripts.pack.split(" ");
    expect(node).toBe("node");
    execFileSync(
      process.execPath,
      ["-r", record, ...args, "--csv", "examples/sample-csv", "--out", path.join(dir, "pack.xlsx"), "--quiet"],
      { cwd: ROOT, env: { ...process.env, SOP_PLANNER_TS_CACHE: path.join(dir, "cache"), INIT_CWD: ROOT } },
    );
    const files = JSON.parse(fs.readFileSync(loaded, "utf8")) as string[];
    const keys = [...new Set(files.map(lockKey).filter((k): k is string => k !== undefined))].sort();
    expect(keys).toEqual(expect.arrayContaining(["node_modules/exceljs", "node_modules/typescript"]));
    const missing = keys.filter((k) => lockPackages[k] === undefined);
    const devOnly = keys.filter((k) => lockPackages[k]?.dev === true);
    expect(missing).toEqual([]);
    expect(devOnly).toEqual([]);
    expect(fs.existsSync(path.join(dir, "pack.xlsx"))).toBe(true);
  });

  it("declares what it loads directly as dependencies", () => {
    const deps = Object.keys(pkg.dependencies);
    expect(deps).toEqual(expect.arrayContaining(["exceljs", "typescript"]));
    for (const d of deps) expect(lockPackages[`node_modules/${d}`]?.dev).toBeUndefined();
  });
});

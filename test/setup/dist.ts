/**
 * dist/ for the suites that test the built add-in (test/build, test/e2e): built once with the
 * production webpack config, as `npm run build` does, unless dist/ is newer than every source,
 * asset and build file. Parallel jest workers build it once: the first takes a lock file, the
 * others wait for it and then find dist/ fresh. The unit suites never call this.
 */
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".built");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];
const LOCK = path.join(
  os.tmpdir(),
  `sop-dist-${crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`,
);
/** How long a worker waits for another one's build before it gives up. */
const WAIT_MS = 10 * 60_000;

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newest(path.join(p, f))), st.mtimeMs);
}

/** true when dist/ was built after the last change to any input. */
export function isBuilt(): boolean {
  return (
    fs.existsSync(STAMP) && fs.statSync(STAMP).mtimeMs > Math.max(...INPUTS.map((i) => newest(path.join(ROOT, i))))
  );
}

function build(): void {
  const started = new Date();
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  execFileSync(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, stdio: "pipe", timeout: 300_000 });
  // Stamped with the build's start, so a source saved during the build makes dist/ stale.
  fs.writeFileSync(STAMP, started.toISOString());
  fs.utimesSync(STAMP, started, started);
}

function tryLock(): boolean {
  try {
    fs.writeFileSync(LOCK, String(process.pid), { flag: "wx" });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

/** Whether the process holding the lock still runs (a run killed midway leaves its lock behind). */
function holderAlive(): boolean {
  try {
    process.kill(Number(fs.readFileSync(LOCK, "utf8")), 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds dist/ unless it is fresh, or waits while another worker builds it. Synchronous. */
export function ensureBuilt(): void {
  const deadline = Date.now() + WAIT_MS;
  while (!isBuilt()) {
    if (tryLock()) {
      try {
        if (!isBuilt()) build();
      } finally {
        fs.rmSync(LOCK, { force: true });
      }
      return;
    }
    if (!holderAlive()) fs.rmSync(LOCK, { force: true });
    else if (Date.now() > deadline)
      throw new Error(`dist/ is still being built by another process (lock file ${LOCK})`);
    else sleep(500);
  }
}

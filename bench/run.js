/**
 * `npm run bench`: runs every benchmark in bench/ in its own Node process (so one run's
 * memory does not colour the next) and prints their tables one after another.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const only = process.argv.slice(2);
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith(".ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`# Benchmarks\n\nNode ${process.version}, ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`);
let failed = 0;
for (const f of files) {
  console.log(`## ${f.replace(/\.ts$/, "")}\n`);
  const r = spawnSync(process.execPath, ["--expose-gc", "-r", "ts-node/register/transpile-only", path.join(__dirname, f)], {
    stdio: "inherit",
    cwd: path.resolve(__dirname, ".."),
  });
  if (r.status !== 0) failed++;
  console.log("");
}
process.exit(failed === 0 ? 0 : 1);

/**
 * Jest global setup: builds dist/ once with the production webpack config, as `npm run build`
 * does, unless dist/ is newer than every source, asset and build file. Tests of the built
 * add-in (functions.json, the task pane page in Chromium) then read one consistent dist/.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "../..");

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newest(path.join(p, f))), st.mtimeMs);
}

module.exports = async function globalSetup() {
  const stamp = path.join(root, "dist", ".built");
  const inputs = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];
  const fresh = fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs > Math.max(...inputs.map((i) => newest(path.join(root, i))));
  if (fresh) return;
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  execFileSync(process.execPath, [webpack, "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  fs.writeFileSync(stamp, new Date().toISOString());
};

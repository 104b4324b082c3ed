/**
 * Gzipped size of the JavaScript the task pane page loads: every local script that
 * dist/taskpane.html references (the custom functions, the pane, the commands: one shared
 * runtime), gzip level 9. office.js comes from Microsoft's CDN and is not counted (every
 * add-in loads it). Builds dist/ first, with the production config.
 *
 * Run: node -r ts-node/register/transpile-only bench/bundle.ts
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const PAGE = path.join(DIST, "taskpane.html");
/** The `yo office` React task pane template (Office-Addin-TaskPane-React), production build, gzipped. */
const YO_OFFICE_REACT_KB = 170;

function scripts(html: string): string[] {
  const out: string[] = [];
  // quoted or (in the minified page) unquoted src attributes
  const re = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (!/^(https?:)?\/\//i.test(src)) out.push(src.replace(/^\.?\//, "").split(/[?#]/)[0]);
  }
  if (out.length === 0) throw new Error("dist/taskpane.html references no local script; run npm run build");
  return out;
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

function main(): void {
  // Always measure a fresh production build of the current sources.
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const files = scripts(fs.readFileSync(PAGE, "utf8"));
  const rows = files.map((f) => {
    const raw = fs.readFileSync(path.join(DIST, f));
    return { file: f, raw: raw.length, gz: zlib.gzipSync(raw, { level: 9 }).length };
  });
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gz: a.gz + r.gz }), { raw: 0, gz: 0 });
  const lines = [
    "### Task pane page: JavaScript loaded (gzip -9)",
    "",
    "| script | size (KB) | gzipped (KB) |",
    "|---|---:|---:|",
    ...rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gz)} |`),
    `| **total** | **${kb(total.raw)}** | **${kb(total.gz)}** |`,
    `| yo office React template (one-button demo, incl. ~82 KB core-js) | | ~${YO_OFFICE_REACT_KB} |`,
    "",
    `The whole planner (pane, SOP.* functions, ribbon commands) loads ${kb(total.gz)} KB gzipped, ` +
      `${((total.gz / 1024 / YO_OFFICE_REACT_KB) * 100).toFixed(0)}% of the template's ~${YO_OFFICE_REACT_KB} KB. office.js (CDN) not counted.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();

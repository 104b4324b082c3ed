/**
 * Writes the README's `SOP.*` function tables from the declarations (src/core/sop), between
 * the markers `<!-- sop:GROUP -->` and `<!-- /sop:GROUP -->`. `npm run docs` rewrites README.md;
 * test/docs/readme.test.ts fails when the README is not what this writes.
 */
import * as fs from "fs";
import * as path from "path";
import { FUNCTION_GROUPS, syntax } from "../src/core/sop";

const escape = (s: string): string => s.replace(/\|/g, "\\|");

/** The markdown table of one group of functions. */
export function functionTable(group: keyof typeof FUNCTION_GROUPS): string {
  const rows = FUNCTION_GROUPS[group].map(
    (f) => `| \`${syntax(f)}\` | ${escape(f.formula)} | ${escape(f.reading)} |`,
  );
  return ["| syntax | formula | reading |", "|---|---|---|", ...rows].join("\n");
}

/** The README with every marked function table rewritten. */
export function renderReadme(readme: string): string {
  let out = readme;
  for (const group of Object.keys(FUNCTION_GROUPS) as Array<keyof typeof FUNCTION_GROUPS>) {
    const open = `<!-- sop:${group} -->`;
    const close = `<!-- /sop:${group} -->`;
    const a = out.indexOf(open);
    const b = out.indexOf(close);
    if (a < 0 || b < a) throw new Error(`README.md has no ${open} ... ${close} markers`);
    out = `${out.slice(0, a + open.length)}\n${functionTable(group)}\n${out.slice(b)}`;
  }
  return out;
}

export const README = path.resolve(__dirname, "../README.md");

if (require.main === module) {
  const before = fs.readFileSync(README, "utf8");
  const after = renderReadme(before);
  fs.writeFileSync(README, after);
  process.stdout.write(before === after ? "README.md is up to date\n" : "README.md function tables rewritten\n");
}

/**
 * axe-core in the page: the accessibility rules run on the pane as it is (each state the e2e
 * tests reach). axe-core comes from the `axe-core` package, or from the file AXE_CORE_JS names
 * (its axe.min.js); without either the checks are reported as skipped (`axeAvailable`).
 */
import * as fs from "fs";
import type { Page } from "playwright-core";

function axeFile(): string | null {
  const named = process.env.AXE_CORE_JS;
  if (named && fs.existsSync(named)) return named;
  try {
    return require.resolve("axe-core/axe.min.js");
  } catch {
    return null;
  }
}

const file = axeFile();
const source = file ? fs.readFileSync(file, "utf8") : null;

export const axeAvailable = source !== null;

interface AxeResult {
  readonly violations: ReadonlyArray<{ readonly id: string; readonly nodes: ReadonlyArray<{ readonly target: ReadonlyArray<string> }> }>;
}

/** The rules the page breaks, "rule: element, element" (empty when it breaks none, or when axe-core is missing). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (source === null) return [];
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.addScriptTag({ content: source });
  // Tabster's focus guards (<i data-tabster-dummy tabindex="0" aria-hidden="true">, around
  // Fluent's tab list) only hand the focus on; they are a known false positive of
  // aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133), so axe skips them.
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: object, o: object): Promise<AxeResult> } }).axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    ),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

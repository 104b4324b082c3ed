// Office.js habits (no context.sync() in loops, load before read, isNullObject checks), as
// office-addin-lint enforces them, over the TypeScript sources; formatting by prettier.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";

/**
 * The layers (layers.json; README, Architecture): which folders of src/ each may import. An
 * import path is relative, so a folder's rule is written once per depth of the importing file
 * below it. test/architecture/imports.test.ts checks the same rules on the resolved import graph.
 */
const {
  folders: SRC_FOLDERS,
  layers: LAYERS,
  hostPackages,
  hostGlobals: HOST_GLOBALS,
} = JSON.parse(readFileSync(new URL("./layers.json", import.meta.url), "utf8"));
const NODE_MODULES = `^(${builtinModules.filter((m) => !m.startsWith("_")).join("|")})(/|$)`;
const HOST_PACKAGES = [...hostPackages, NODE_MODULES];
const list = (folders) => folders.map((f) => `src/${f}`).join(", ");

function layerRules({ folder, only, never, packages }) {
  const mayImport = only ?? SRC_FOLDERS.filter((f) => !never.includes(f));
  const forbidden = SRC_FOLDERS.filter((f) => !mayImport.includes(f));
  return [0, 1, 2, 3].map((depth) => {
    const up = `^(\\.\\./){${depth + 1}}`;
    const patterns = [{ regex: `^(\\.\\./){${depth + 2}}`, message: `src/${folder} imports nothing outside src/.` }];
    if (forbidden.length > 0) {
      patterns.push({
        regex: `${up}(${forbidden.join("|")})(/|$)`,
        message:
          mayImport.length <= forbidden.length
            ? `src/${folder} may import only ${list(mayImport)} of src/ (README, Architecture).`
            : `src/${folder} never imports ${list(forbidden)} (README, Architecture).`,
      });
    }
    if (packages === "none")
      patterns.push({ regex: "^[^.]", message: `src/${folder} imports nothing outside src/${folder}.` });
    if (packages === "pure") {
      patterns.push({
        regex: HOST_PACKAGES.join("|"),
        message: `src/${folder} imports nothing from Office, React, ExcelJS or Node.`,
      });
    }
    const files = [`src/${folder}/${"*/".repeat(depth)}*.ts`, `src/${folder}/${"*/".repeat(depth)}*.tsx`];
    const rules = { "no-restricted-imports": ["error", { patterns }] };
    if (packages !== "any") rules["no-restricted-globals"] = ["error", ...HOST_GLOBALS];
    return { files, rules };
  });
}

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "out/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        window: "readonly",
        document: "readonly",
      },
    },
    rules: {
      // TypeScript's noUnusedLocals/noUnusedParameters check this with type information.
      "no-unused-vars": "off",
      // TypeScript resolves names (DOM and Node types, Office's namespaces) itself.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": "off",
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        require: "readonly",
        module: "readonly",
      },
    },
  },
  ...LAYERS.flatMap(layerRules),
];

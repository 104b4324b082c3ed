// Office.js habits (no context.sync() in loops, load before read, isNullObject checks), as
// office-addin-lint enforces them, over the TypeScript sources; formatting by prettier.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "out/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", window: "readonly", document: "readonly" },
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
    languageOptions: { globals: { process: "readonly", console: "readonly", __dirname: "readonly", require: "readonly", module: "readonly" } },
  },
];

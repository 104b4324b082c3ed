// Office.js habits (no context.sync() in loops, load before read, isNullObject checks), as
// office-addin-lint enforces them, over the TypeScript sources.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "out/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
];

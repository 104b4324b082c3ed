import type { SheetSpec } from "../../src/layout/types";

/** A calc sheet with nothing but what the test gives it. */
export const sheet = (over: Partial<SheetSpec> & Pick<SheetSpec, "name" | "cells">): SheetSpec => ({
  kind: "calc",
  columnWidths: [],
  validations: [],
  conditionalFormats: [],
  charts: [],
  protect: false,
  ...over,
});

/**
 * `StyleCache` (src/render/xlsx/styles.ts): one style object per role, number format and lock,
 * the same object every time (ExcelJS's streaming writer gives a style id per object, so a new
 * object for the same look would cost a style lookup by content per cell).
 */
import { StyleCache, cellStyle } from "../../../src/render/xlsx/styles";

describe("StyleCache", () => {
  it("hands back one object per role, number format and lock", () => {
    const c = new StyleCache();
    const a = c.get("input", "#,##0", false);
    expect(c.get("input", "#,##0", false)).toBe(a);
    expect(a).toEqual(cellStyle("input", "#,##0", false));
    // The lock, the format and the role each make another style.
    const locked = c.get("input", "#,##0", true);
    expect(locked).not.toBe(a);
    expect(locked.protection).toEqual({ locked: true });
    expect(a.protection).toEqual({ locked: false });
    expect(c.get("input", "0%", false)).not.toBe(a);
    expect(c.get("total", "#,##0", false)).not.toBe(a);
  });

  it("takes no format and an empty format for the same style, and no role for a formula's", () => {
    const c = new StyleCache();
    const none = c.get(undefined, undefined, true);
    expect(c.get(undefined, "", true)).toBe(none);
    expect(none).toEqual(cellStyle("formula", undefined, true));
    expect(none.numFmt).toBeUndefined();
    expect(c.get("formula", undefined, true)).not.toBe(none);
  });
});

/**
 * The pane's theme follows Office's: a dark body background (Office.context.officeTheme,
 * e.g. Excel's "Black" or "Dark Gray" theme) selects Fluent's dark theme.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office.OfficeTheme the pane reads. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (0 black .. 1 white) of a "#rrggbb" or "#rgb" colour; null if unreadable. */
export function luminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full =
    hex.length === 3
      ? hex
          .split("")
          .map((c) => c + c)
          .join("")
      : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (i: number): number => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** True when Office shows a dark body background. */
export function isDarkOfficeTheme(theme: OfficeThemeColors | null | undefined): boolean {
  const bg = theme?.bodyBackgroundColor;
  if (!bg) return false;
  const l = luminance(bg);
  return l !== null && l < 0.2;
}

export function fluentTheme(theme: OfficeThemeColors | null | undefined): Theme {
  return isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
}

/** Office's current theme colours, when the host exposes them (Excel does; a plain browser does not). */
export function currentOfficeTheme(): OfficeThemeColors | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.officeTheme ?? null) : null;
  } catch {
    return null;
  }
}

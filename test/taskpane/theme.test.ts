import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, isDarkOfficeTheme, luminance } from "../../src/taskpane/theme";

describe("theme follows Office", () => {
  it("computes relative luminance (WCAG) of hex colours", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFF")).toBeCloseTo(1, 12);
    // #808080: channel 128/255 = 0.50196 -> ((0.50196+0.055)/1.055)^2.4 = 0.21586
    expect(luminance("#808080")).toBeCloseTo(0.21586, 4);
    expect(luminance("blue")).toBeNull();
  });

  it("uses the dark Fluent theme for Excel's Black and Dark Gray themes, light otherwise", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true); // Black
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#444444" })).toBe(true); // Dark Gray: L = 0.0578
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false); // Colorful
    expect(isDarkOfficeTheme(null)).toBe(false);
    expect(fluentTheme({ bodyBackgroundColor: "#1f1f1f" })).toBe(webDarkTheme);
    expect(fluentTheme(undefined)).toBe(webLightTheme);
  });
});

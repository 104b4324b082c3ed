/** The one FluentProvider, themed like Office, around the pane or the outside-Office page. */
import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import { fluentTheme, type OfficeThemeColors } from "../theme";

export interface RootProps {
  readonly officeTheme: OfficeThemeColors | null;
  readonly children: React.ReactNode;
}

export function Root({ officeTheme, children }: RootProps): React.JSX.Element {
  return (
    <FluentProvider theme={fluentTheme(officeTheme)} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}

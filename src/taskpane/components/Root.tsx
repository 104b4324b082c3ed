/**
 * The one FluentProvider, themed like Office, around the pane or the outside-Office page, with
 * Fluent's AriaLiveAnnouncer: message bars announce through it (a live region it keeps at the
 * end of the body, outside the pane's content, or the browser's ariaNotify).
 */
import * as React from "react";
import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import { fluentTheme, type OfficeThemeColors } from "../theme";

export interface RootProps {
  readonly officeTheme: OfficeThemeColors | null;
  readonly children: React.ReactNode;
}

export function Root({ officeTheme, children }: RootProps): React.JSX.Element {
  return (
    <FluentProvider theme={fluentTheme(officeTheme)} style={{ minHeight: "100vh" }}>
      <AriaLiveAnnouncer>{children}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}

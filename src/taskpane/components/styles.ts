/** Shared layout styles of the pane (Fluent tokens, so light and dark themes both read). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    /* Long words (sheet addresses, family names) wrap rather than widen a narrow pane. */
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  section: {
    /* A fieldset is at least as wide as its content unless told otherwise. */
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(120px, 100%), 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "start",
  },
  /** Grid cells may shrink below Fluent's default input width. */
  cell: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  wide: { gridColumn: "1 / -1" },
  family: {
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  familyHead: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  action: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  buttonRow: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  /** The tabs wrap onto a second line in a very narrow pane instead of scrolling sideways. */
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  /** A message bar's text and buttons wrap inside a narrow pane; its close button stays in view. */
  messageBar: {
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    /* In a very narrow pane (320 px at 200 % zoom) the text takes the whole width under the icon and close button. */
    "@media (max-width: 240px)": {
      gridTemplateColumns: "auto 1fr auto",
      gridTemplateAreas: `"icon . actions" "body body body" "secondaryActions secondaryActions secondaryActions"`,
      paddingRight: tokens.spacingHorizontalS,
    },
  },
  /** The close button: as narrow as its ✕ (a small button is 64 px wide by default). */
  dismiss: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  messageActions: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  summary: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  inline: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  errorText: { color: tokens.colorPaletteRedForeground1 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

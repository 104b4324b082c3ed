/** What the page shows when it is opened outside Excel: what the add-in is and how to sideload it. */
import * as React from "react";
import { Body1, Link, Subtitle2, Title3 } from "@fluentui/react-components";
import { useStyles } from "./styles";

export function OutsideOffice(): React.JSX.Element {
  const s = useStyles();
  return (
    <main className={s.root} aria-labelledby="sop-outside-title">
      <Title3 as="h1" id="sop-outside-title">
        S&amp;OP Planner for Excel
      </Title3>
      <Body1>
        This page is the task pane of an Excel add-in for Sales &amp; Operations Planning. It scaffolds the monthly
        S&amp;OP workbook (demand, supply, finance, gaps and the twelve KPIs as live formulas), adds{" "}
        <code>SOP.*</code> functions such as <code>SOP.FORECAST</code> and <code>SOP.OTIF</code>, and builds the
        executive meeting deck in one click.
      </Body1>
      <Body1>It runs inside Excel: opened in a browser on its own, there is no workbook to work on.</Body1>
      <Subtitle2 as="h2">Try it in Excel</Subtitle2>
      <ol className={s.steps}>
        <li>
          <Body1>
            Excel on the web: open a workbook, then Home &gt; Add-ins &gt; More Add-ins &gt; Upload My Add-in, and
            choose this add-in&apos;s <code>manifest.xml</code>.
          </Body1>
        </li>
        <li>
          <Body1>
            Excel desktop (Windows or Mac): in the project folder run <code>npm start</code>; it serves the add-in on
            https://localhost:3000 and opens Excel with it sideloaded.
          </Body1>
        </li>
        <li>
          <Body1>
            On the Home tab, choose <b>S&amp;OP Planner</b>; this pane opens. Then <b>Load sample data</b> or fill in
            your cycle and <b>Scaffold workbook</b>.
          </Body1>
        </li>
      </ol>
      <Body1>
        Without Excel, <code>npm run pack</code> writes the same workbook as an .xlsx file. See{" "}
        <Link href="https://learn.microsoft.com/office/dev/add-ins/testing/test-debug-office-add-ins#sideload-an-office-add-in-for-testing">
          how to sideload an Office add-in
        </Link>
        .
      </Body1>
    </main>
  );
}

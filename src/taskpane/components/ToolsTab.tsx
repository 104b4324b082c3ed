/**
 * Tools: load the sample, reactivate the SOP formulas, run the self-test (its report shows under
 * it, to copy into a bug report).
 */
import * as React from "react";
import { Field, Textarea } from "@fluentui/react-components";
import { PaneAction } from "./PaneAction";

export interface ToolsTabProps {
  readonly onSample: () => void;
  readonly onReactivate: () => void;
  readonly onSelfTest: () => void;
  /** The last self-test's report, or null. */
  readonly report: string | null;
}

export function ToolsTab({ onSample, onReactivate, onSelfTest, report }: ToolsTabProps): React.JSX.Element {
  return (
    <>
      <PaneAction origin="sample" label="Load sample data" caption="A sample manufacturer with two years of history, a pipeline, orders and actions." onRun={onSample} />
      <PaneAction
        origin="reactivate"
        label="Reactivate SOP formulas"
        caption="Re-enters SOP.* formulas that show #NAME? (e.g. in a pack built without Excel)."
        onRun={onReactivate}
      />
      <PaneAction
        origin="selftest"
        label="Run self-test"
        caption="Diagnostics: runs every SOP function in this Excel on a scratch sheet (removed after) and compares with the add-in's core."
        onRun={onSelfTest}
      />
      {report !== null ? (
        <Field label="Self-test report (copy into a bug report)">
          <Textarea readOnly value={report} resize="vertical" rows={6} />
        </Field>
      ) : null}
    </>
  );
}

/**
 * Setup: the cycle's company, months and business type, the product families (edited here, or
 * summarized with their checks when the list lives on the Families sheet), the targets, and
 * Scaffold (Enter in a field runs it).
 */
import * as React from "react";
import { addFamily, removeFamily, setBusinessType, setFamilyField, setField, type SettingsField, type SettingsForm } from "../form";
import type { FieldMessages } from "../validate";
import { CycleFields } from "./CycleFields";
import { FamiliesEditor, FamiliesSummary } from "./FamiliesEditor";
import type { MessagesFor } from "./fieldMessages";
import { ActionStatus, enterRuns, PaneAction } from "./PaneAction";
import { TargetFields } from "./TargetFields";
import { useStyles } from "./styles";

export interface SetupTabProps {
  readonly form: SettingsForm;
  readonly setForm: React.Dispatch<React.SetStateAction<SettingsForm>>;
  readonly messages: MessagesFor;
  /** The form's checks, for the families' summary. */
  readonly validation: { readonly errors: FieldMessages; readonly warnings: FieldMessages };
  readonly onTouch: (key: string) => void;
  /** Scaffold or the sample writes the settings: the fields are read-only. */
  readonly readOnly: boolean;
  /** The families are edited on the Families sheet (the workbook held a long list). */
  readonly familiesOnSheet: boolean;
  readonly onScaffold: () => void;
}

export function SetupTab({ form, setForm, messages, validation, onTouch, readOnly, familiesOnSheet, onScaffold }: SetupTabProps): React.JSX.Element {
  const s = useStyles();
  const onField = (f: SettingsField, v: string): void => setForm((x) => setField(x, f, v));
  return (
    <>
      <ActionStatus origin="setup" />
      <form noValidate aria-label="Cycle setup" className={s.panel} onSubmit={(e) => e.preventDefault()} onKeyDown={enterRuns(onScaffold)}>
        <CycleFields
          form={form}
          messages={messages}
          onField={onField}
          onBusinessType={(b) => setForm((x) => setBusinessType(x, b))}
          onTouch={onTouch}
          readOnly={readOnly}
        />
        {familiesOnSheet ? (
          <FamiliesSummary form={form} errors={validation.errors} warnings={validation.warnings} />
        ) : (
          <FamiliesEditor
            form={form}
            messages={messages}
            onFamilyField={(i, f, v) => setForm((x) => setFamilyField(x, i, f, v))}
            onAdd={() => setForm(addFamily)}
            onRemove={(i) => setForm((x) => removeFamily(x, i))}
            onTouch={onTouch}
            readOnly={readOnly}
          />
        )}
        <TargetFields form={form} messages={messages} onField={onField} onTouch={onTouch} readOnly={readOnly} />
        <PaneAction origin="scaffold-setup" label="Scaffold workbook" caption="Builds or rebuilds the workbook with this setup." onRun={onScaffold} primary />
      </form>
    </>
  );
}

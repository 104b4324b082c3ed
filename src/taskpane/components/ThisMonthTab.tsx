/**
 * This month: what a process owner does every month. The cycle in one line (with the way to
 * Setup), the cycle month with Next month, Scaffold (Enter in the month runs it) and Build deck.
 */
import * as React from "react";
import { Body1, Button } from "@fluentui/react-components";
import { nextMonth, setField, type SettingsForm } from "../form";
import type { MessagesFor } from "./fieldMessages";
import { ActionStatus, enterRuns, PaneAction } from "./PaneAction";
import { TextField } from "./TextField";
import { useStyles } from "./styles";

export interface ThisMonthTabProps {
  readonly form: SettingsForm;
  readonly setForm: React.Dispatch<React.SetStateAction<SettingsForm>>;
  readonly messages: MessagesFor;
  readonly onTouch: (key: string) => void;
  /** Scaffold or the sample writes the settings: the month is read-only. */
  readonly readOnly: boolean;
  readonly onEditSetup: () => void;
  readonly onScaffold: () => void;
  readonly onDeck: () => void;
}

const families = (n: number): string => `${n.toLocaleString("en-US")} ${n === 1 ? "family" : "families"}`;

export function ThisMonthTab({ form, setForm, messages, onTouch, readOnly, onEditSetup, onScaffold, onDeck }: ThisMonthTabProps): React.JSX.Element {
  const s = useStyles();
  return (
    <>
      <ActionStatus origin="workbook" />
      <Body1>
        {form.company.trim() === "" ? "No company yet" : form.company.trim()}: {families(form.families.length)},{" "}
        {form.historyMonths} months of history, {form.horizonMonths} of horizon.{" "}
        <Button appearance="transparent" size="small" onClick={onEditSetup}>
          Edit setup
        </Button>
      </Body1>
      <form noValidate aria-label="This month's cycle" className={s.panel} onSubmit={(e) => e.preventDefault()} onKeyDown={enterRuns(onScaffold)}>
        <div className={s.inline}>
          <TextField
            label="Cycle month"
            required
            type="month"
            hint="First plan month, YYYY-MM"
            value={form.cycleMonth}
            onChange={(v) => setForm((x) => setField(x, "cycleMonth", v))}
            onBlur={() => onTouch("cycleMonth")}
            fieldKey="cycleMonth"
            readOnly={readOnly}
            {...messages("cycleMonth")}
          />
          <Button
            size="small"
            disabledFocusable={readOnly || nextMonth(form.cycleMonth) === null}
            onClick={() => {
              const next = nextMonth(form.cycleMonth);
              if (next) setForm((x) => setField(x, "cycleMonth", next));
            }}
          >
            Next month
          </Button>
        </div>
        <PaneAction
          origin="scaffold"
          label="Scaffold workbook"
          caption="Builds this cycle's workbook, or rolls it to the cycle month above; every typed value stays."
          onRun={onScaffold}
          primary
        />
      </form>
      <PaneAction origin="deck" label="Build executive deck" caption="The meeting pack on one printable sheet, from the workbook's current numbers." onRun={onDeck} />
    </>
  );
}

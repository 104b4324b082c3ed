/** The financial targets: revenue per month, gross margin %, inventory value ceiling. */
import * as React from "react";
import type { SettingsField, SettingsForm } from "../form";
import { TextField } from "./TextField";
import type { MessagesFor } from "./fieldMessages";
import { useStyles } from "./styles";

export interface TargetFieldsProps {
  readonly form: SettingsForm;
  readonly messages: MessagesFor;
  readonly onField: (field: SettingsField, value: string) => void;
  readonly onTouch: (key: string) => void;
  readonly readOnly: boolean;
}

export function TargetFields({ form, messages, onField, onTouch, readOnly }: TargetFieldsProps): React.JSX.Element {
  const s = useStyles();
  const field = (key: SettingsField, label: string, contentAfter?: string) => (
    <TextField
      label={label}
      value={form[key]}
      inputMode="decimal"
      contentAfter={contentAfter}
      onChange={(v) => onField(key, v)}
      onBlur={() => onTouch(key)}
      fieldKey={key}
      readOnly={readOnly}
      {...messages(key)}
    />
  );
  return (
    <fieldset className={s.section}>
      <legend className={s.legend}>Financial targets</legend>
      <div className={s.grid}>
        {field("revenuePerMonth", "Revenue per month")}
        {field("grossMarginPct", "Gross margin", "%")}
        {field("inventoryValueCeiling", "Inventory value ceiling")}
      </div>
    </fieldset>
  );
}

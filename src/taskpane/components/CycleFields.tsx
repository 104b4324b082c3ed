/**
 * The cycle's setup: company, business type, history, horizon (the cycle month sits with the
 * monthly actions, MonthPanel).
 */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import type { BusinessType } from "../../core/model";
import { BUSINESS_TYPES, SETTING_FIELDS } from "../../core/schema";
import type { SettingsField, SettingsForm } from "../form";
import { TextField } from "./TextField";
import type { MessagesFor } from "./fieldMessages";
import { useStyles } from "./styles";

export interface CycleFieldsProps {
  readonly form: SettingsForm;
  readonly messages: MessagesFor;
  readonly onField: (field: SettingsField, value: string) => void;
  readonly onBusinessType: (value: BusinessType) => void;
  readonly onTouch: (key: string) => void;
  /** Locked while an action that writes the settings runs. */
  readonly readOnly: boolean;
}

export function CycleFields({ form, messages, onField, onBusinessType, onTouch, readOnly }: CycleFieldsProps): React.JSX.Element {
  const s = useStyles();
  const text = (field: SettingsField, label: string, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField
      label={label}
      value={form[field]}
      onChange={(v) => onField(field, v)}
      onBlur={() => onTouch(field)}
      fieldKey={field}
      readOnly={readOnly}
      {...messages(field)}
      {...extra}
    />
  );
  return (
    <fieldset className={s.section}>
      <legend className={s.legend}>Cycle</legend>
      <div className={s.grid}>
        {text("company", "Company", { required: true, className: s.wide })}
        <Field label="Business type" size="small" hint="Names the supply side" className={s.cell}>
          <Select
            size="small"
            className={s.input}
            value={form.businessType}
            aria-readonly={readOnly || undefined}
            data-field="businessType"
            onChange={(_e, d) => {
              const match = BUSINESS_TYPES.find((b) => b.value === d.value);
              if (match && !readOnly) onBusinessType(match.value);
            }}
          >
            {BUSINESS_TYPES.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </Select>
        </Field>
        {text("historyMonths", "History (months)", {
          inputMode: "numeric",
          hint: `${SETTING_FIELDS.historyMonths.rule.min} to ${SETTING_FIELDS.historyMonths.rule.max}`,
        })}
        {text("horizonMonths", "Horizon (months)", {
          inputMode: "numeric",
          hint: `${SETTING_FIELDS.horizonMonths.rule.min} to ${SETTING_FIELDS.horizonMonths.rule.max}`,
        })}
      </div>
    </fieldset>
  );
}

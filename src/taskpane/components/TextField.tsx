/** One labelled input with its validation message (error, else warning, else hint). */
import * as React from "react";
import { Field, Input, mergeClasses, type InputProps } from "@fluentui/react-components";
import { useStyles } from "./styles";

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly error?: string;
  readonly warning?: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly type?: InputProps["type"];
  readonly inputMode?: "text" | "decimal" | "numeric";
  readonly contentAfter?: string;
  readonly className?: string;
  /** The form key ("company", "families.0.price"): how a refused scaffold finds the first field to fix. */
  readonly fieldKey?: string;
  /** The accessible name when the visible label repeats (a family's "Price, Pumps"). */
  readonly ariaLabel?: string;
  /** Locked while an action that writes these settings runs. */
  readonly readOnly?: boolean;
}

export function TextField(p: TextFieldProps): React.JSX.Element {
  const s = useStyles();
  const state = p.error ? "error" : p.warning ? "warning" : "none";
  return (
    <Field
      className={mergeClasses(s.cell, p.className)}
      label={p.label}
      required={p.required}
      validationState={state}
      validationMessage={p.error ?? p.warning}
      hint={p.hint}
      size="small"
    >
      <Input
        size="small"
        className={s.input}
        value={p.value}
        type={p.type ?? "text"}
        inputMode={p.inputMode}
        contentAfter={p.contentAfter}
        onChange={(_e, d) => p.onChange(d.value)}
        onBlur={p.onBlur}
        readOnly={p.readOnly}
        aria-label={p.ariaLabel}
        data-field={p.fieldKey}
      />
    </Field>
  );
}

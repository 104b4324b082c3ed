/**
 * The product families. A small list is edited here, one group of fields per family, each field
 * named with its family ("Price, Pumps"). A long list (more than FAMILY_PREVIEW families when the
 * workbook was read) lives on the Families sheet, edited in Excel: the pane shows a summary and
 * the checks, and Scaffold reads the list from the sheet first.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { FamilyField, FamilyForm, SettingsForm } from "../form";
import type { FieldMessages } from "../validate";
import type { MessagesFor } from "./fieldMessages";
import { TextField } from "./TextField";
import { useStyles } from "./styles";

export interface FamiliesEditorProps {
  readonly form: SettingsForm;
  readonly messages: MessagesFor;
  readonly onFamilyField: (index: number, field: FamilyField, value: string) => void;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
  readonly onTouch: (key: string) => void;
  readonly readOnly: boolean;
}

export const FAMILY_FIELDS: ReadonlyArray<{ readonly field: FamilyField; readonly label: string; readonly number: boolean }> = [
  { field: "name", label: "Name", number: false },
  { field: "unit", label: "Unit", number: false },
  { field: "price", label: "Price", number: true },
  { field: "unitCost", label: "Unit cost", number: true },
  { field: "openingInventory", label: "Opening inventory", number: true },
  { field: "capacityPerMonth", label: "Capacity / month", number: true },
  { field: "targetDaysOfSupply", label: "Target days of supply", number: true },
];

/** Up to this many families are edited in the pane; a longer list is edited on the Families sheet. */
export const FAMILY_PREVIEW = 8;

/** How a family is named to a screen reader: its name, or its position while the name is blank. */
export function familyLabel(f: FamilyForm, index: number): string {
  return f.name.trim() === "" ? `family ${index + 1}` : f.name.trim();
}

export function FamiliesEditor(p: FamiliesEditorProps): React.JSX.Element {
  const s = useStyles();
  const listMessage = p.messages("families").error;
  const removeRefs = React.useRef<Array<HTMLElement | null>>([]);
  const addRef = React.useRef<HTMLButtonElement>(null);
  /** Where the focus goes after a family is removed: the next family's Remove, else Add family. */
  const [focusAfterRemove, setFocusAfterRemove] = React.useState<number | null>(null);
  React.useEffect(() => {
    if (focusAfterRemove === null) return;
    (removeRefs.current[focusAfterRemove] ?? addRef.current)?.focus();
    setFocusAfterRemove(null);
  }, [focusAfterRemove]);
  const count = p.form.families.length;
  return (
    <fieldset className={s.section}>
      <legend className={s.legend}>Product families ({count})</legend>
      {listMessage ? (
        <Text role="alert" size={200} className={s.errorText}>
          {listMessage}
        </Text>
      ) : null}
      {p.form.families.map((f, i) => {
        const key = (field: FamilyField): string => `families.${i}.${field}`;
        const named = familyLabel(f, i);
        return (
          <fieldset className={s.family} key={i} aria-label={`Family ${i + 1}: ${f.name}`}>
            <div className={s.familyHead}>
              <Text weight="semibold" size={200}>
                Family {i + 1}
              </Text>
              <Button
                ref={(el) => {
                  removeRefs.current[i] = el;
                }}
                size="small"
                appearance="subtle"
                onClick={() => {
                  p.onRemove(i);
                  setFocusAfterRemove(Math.min(i, count - 2));
                }}
                disabledFocusable={count <= 1 || p.readOnly}
                aria-label={`Remove family ${i + 1} (${f.name})`}
              >
                Remove
              </Button>
            </div>
            <div className={s.grid}>
              {FAMILY_FIELDS.map((n) => (
                <TextField
                  key={n.field}
                  label={n.label}
                  ariaLabel={n.field === "name" ? `Name, family ${i + 1}` : `${n.label}, ${named}`}
                  value={f[n.field]}
                  required={!n.number}
                  inputMode={n.number ? "decimal" : undefined}
                  onChange={(v) => p.onFamilyField(i, n.field, v)}
                  onBlur={() => p.onTouch(key(n.field))}
                  fieldKey={key(n.field)}
                  readOnly={p.readOnly}
                  {...p.messages(key(n.field))}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className={s.buttonRow}>
        <Button ref={addRef} size="small" onClick={p.onAdd} disabledFocusable={p.readOnly}>
          Add family
        </Button>
      </div>
      {count >= FAMILY_PREVIEW ? (
        <Text size={200} className={s.muted}>
          A longer list is edited on the Families sheet: once scaffolded with more than {FAMILY_PREVIEW} families, the pane
          shows a summary and the checks.
        </Text>
      ) : null}
    </fieldset>
  );
}

export interface FamiliesSummaryProps {
  readonly form: SettingsForm;
  readonly errors: FieldMessages;
  readonly warnings: FieldMessages;
}

/** How many family names the summary lists before "and N more". */
const NAMED = 5;

/** Every message about one family's fields, "Valves: Price: Enter a number...". */
export function familyChecks(form: SettingsForm, messages: FieldMessages): string[] {
  const out: string[] = [];
  if (messages.families) out.push(messages.families);
  form.families.forEach((f, i) => {
    for (const n of FAMILY_FIELDS) {
      const m = messages[`families.${i}.${n.field}`];
      if (m) out.push(`${familyLabel(f, i)} (row ${i + 1}): ${n.label}: ${m}`);
    }
  });
  return out;
}

/** A long list: the count, the first names, the checks; editing happens on the Families sheet. */
export function FamiliesSummary({ form, errors, warnings }: FamiliesSummaryProps): React.JSX.Element {
  const s = useStyles();
  const names = form.families.slice(0, NAMED).map((f, i) => familyLabel(f, i));
  const more = form.families.length - names.length;
  const problems = familyChecks(form, errors);
  const cautions = familyChecks(form, warnings);
  return (
    <fieldset className={s.section}>
      <legend className={s.legend}>Product families ({form.families.length})</legend>
      <Text size={200}>
        {names.join(", ")}
        {more > 0 ? ` and ${more.toLocaleString("en-US")} more` : ""}. Edit them on the Families sheet in Excel; Scaffold reads
        them from there.
      </Text>
      {problems.length === 0 ? (
        <Text size={200}>Every family passes the checks.</Text>
      ) : (
        <div role="group" id="sop-family-checks" tabIndex={-1} aria-label="Families to fix on the Families sheet">
          <Text size={200} className={s.errorText}>
            {problems.length === 1 ? "1 problem" : `${problems.length.toLocaleString("en-US")} problems`} to fix on the Families sheet:
          </Text>
          <ul className={s.summary}>
            {problems.map((m) => (
              <li key={m}>
                <Text size={200}>{m}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {cautions.length > 0 ? (
        <ul className={s.summary} aria-label="Warnings">
          {cautions.map((m) => (
            <li key={m}>
              <Text size={200}>{m}</Text>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

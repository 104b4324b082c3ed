/**
 * The product families: an editable list, one group of fields per family. A long list shows its
 * first families (and any with a message) until the user asks for all: a company with hundreds
 * of families edits them on the Families sheet rather than here.
 */
import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { FamilyField, SettingsForm } from "../form";
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
}

const NUMBER_FIELDS: ReadonlyArray<{ readonly field: FamilyField; readonly label: string }> = [
  { field: "price", label: "Price" },
  { field: "unitCost", label: "Unit cost" },
  { field: "openingInventory", label: "Opening inventory" },
  { field: "capacityPerMonth", label: "Capacity / month" },
  { field: "targetDaysOfSupply", label: "Target days of supply" },
];

/** Families shown before "Show all". */
export const FAMILY_PREVIEW = 8;

const ALL_FIELDS: ReadonlyArray<FamilyField> = ["name", "unit", ...NUMBER_FIELDS.map((n) => n.field)];

export function FamiliesEditor(p: FamiliesEditorProps): React.JSX.Element {
  const s = useStyles();
  const [showAll, setShowAll] = React.useState(false);
  const listMessage = p.messages("families").error;
  const flagged = (i: number): boolean =>
    ALL_FIELDS.some((f) => {
      const m = p.messages(`families.${i}.${f}`);
      return m.error !== undefined || m.warning !== undefined;
    });
  const shown = (i: number): boolean => showAll || i < FAMILY_PREVIEW || flagged(i);
  const hidden = p.form.families.filter((_f, i) => !shown(i)).length;
  return (
    <fieldset className={s.section}>
      <legend className={s.legend}>Product families ({p.form.families.length})</legend>
      {listMessage ? (
        <Text role="alert" size={200} className={s.errorText}>
          {listMessage}
        </Text>
      ) : null}
      {p.form.families.map((f, i) => {
        if (!shown(i)) return null;
        const key = (field: FamilyField): string => `families.${i}.${field}`;
        const field = (name: FamilyField, label: string, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
          <TextField
            key={name}
            label={label}
            value={f[name]}
            onChange={(v) => p.onFamilyField(i, name, v)}
            onBlur={() => p.onTouch(key(name))}
            {...p.messages(key(name))}
            {...extra}
          />
        );
        return (
          <fieldset className={s.family} key={i} aria-label={`Family ${i + 1}: ${f.name}`}>
            <div className={s.familyHead}>
              <Text weight="semibold" size={200}>
                Family {i + 1}
              </Text>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => p.onRemove(i)}
                disabled={p.form.families.length <= 1}
                aria-label={`Remove family ${i + 1} (${f.name})`}
              >
                Remove
              </Button>
            </div>
            <div className={s.grid}>
              {field("name", "Name", { required: true })}
              {field("unit", "Unit", { required: true })}
              {NUMBER_FIELDS.map((n) => field(n.field, n.label, { inputMode: "decimal" }))}
            </div>
          </fieldset>
        );
      })}
      <div className={s.buttonRow}>
        {hidden > 0 ? (
          <Button size="small" appearance="subtle" onClick={() => setShowAll(true)}>
            Show all {p.form.families.length} families ({hidden} more)
          </Button>
        ) : null}
        <Button size="small" onClick={p.onAdd}>
          Add family
        </Button>
      </div>
    </fieldset>
  );
}

/** The actions that do not need the form: sample data, the executive deck, reactivating formulas. */
import * as React from "react";
import { Button, Caption1, Spinner } from "@fluentui/react-components";
import type { Action } from "../../app/outcome";
import { useStyles } from "./styles";

export interface ActionsPanelProps {
  readonly busy: Action | null;
  readonly onSample: () => void;
  readonly onDeck: () => void;
  readonly onReactivate: () => void;
  readonly onSelfTest: () => void;
}

interface Item {
  readonly action: Action;
  readonly label: string;
  readonly caption: string;
  readonly run: () => void;
}

export function ActionsPanel({ busy, onSample, onDeck, onReactivate, onSelfTest }: ActionsPanelProps): React.JSX.Element {
  const s = useStyles();
  const items: Item[] = [
    {
      action: "deck",
      label: "Build executive deck",
      caption: "The meeting pack on one printable sheet, from the workbook's current numbers.",
      run: onDeck,
    },
    {
      action: "sample",
      label: "Load sample data",
      caption: "A sample manufacturer with two years of history, a pipeline, orders and actions.",
      run: onSample,
    },
    {
      action: "reactivate",
      label: "Reactivate SOP formulas",
      caption: "Re-enters SOP.* formulas that show #NAME? (e.g. in a pack built without Excel).",
      run: onReactivate,
    },
    {
      action: "selftest",
      label: "Run self-test",
      caption: "Diagnostics: runs every SOP function in this Excel on a scratch sheet (removed after) and compares with the add-in's core.",
      run: onSelfTest,
    },
  ];
  return (
    <fieldset className={s.section}>
      <legend className={s.legend}>Meeting pack and tools</legend>
      <div className={s.actions}>
        {items.map((item) => (
          <div className={s.action} key={item.action}>
            <Button
              appearance={item.action === "deck" ? "primary" : "secondary"}
              disabled={busy !== null}
              onClick={item.run}
              icon={busy === item.action ? <Spinner size="tiny" aria-hidden /> : undefined}
            >
              {item.label}
            </Button>
            <Caption1 className={s.muted}>{item.caption}</Caption1>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

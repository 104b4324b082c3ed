/**
 * One action's button with, right under it, its caption and what it is doing or did (Status):
 * the result appears where the eye is. While any action runs the button stays focusable
 * (aria-disabled), so the focus never falls to the top of the page.
 */
import * as React from "react";
import { Button, Caption1, Spinner } from "@fluentui/react-components";
import { useStyles } from "./styles";

export interface ActionButtonProps {
  readonly id: string;
  readonly label: string;
  readonly caption?: string;
  readonly primary?: boolean;
  /** This action is running. */
  readonly running: boolean;
  /** Some action is running: the button refuses clicks but keeps the focus. */
  readonly locked: boolean;
  readonly onClick: () => void;
  /** Its progress and outcome (a Status), or null. */
  readonly status: React.ReactNode;
}

export function ActionButton(p: ActionButtonProps): React.JSX.Element {
  const s = useStyles();
  const captionId = `${p.id}-caption`;
  return (
    <div className={s.action}>
      <Button
        id={p.id}
        appearance={p.primary ? "primary" : "secondary"}
        disabledFocusable={p.locked}
        onClick={p.onClick}
        aria-describedby={p.caption ? captionId : undefined}
        icon={p.running ? <Spinner size="tiny" aria-hidden /> : undefined}
      >
        {p.label}
      </Button>
      {p.caption ? (
        <Caption1 id={captionId} className={s.muted}>
          {p.caption}
        </Caption1>
      ) : null}
      {p.status}
    </div>
  );
}

/** Progress of the running action (step and bar) and the outcome of the last one. */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { Message } from "../../app/outcome";
import { useStyles } from "./styles";

export interface Progress {
  readonly step: string;
  /** 0..1, or undefined while the length of the step is unknown. */
  readonly value?: number;
}

export interface StatusProps {
  readonly progress: Progress | null;
  readonly message: Message | null;
  readonly onDismiss: () => void;
  /** Extra buttons in the message (e.g. a confirmation). */
  readonly actions?: React.ReactNode;
}

export function Status({ progress, message, onDismiss, actions }: StatusProps): React.JSX.Element {
  const s = useStyles();
  return (
    <div className={s.status} aria-live="polite">
      {progress ? (
        <Field label={progress.step} validationState="none" size="small">
          <ProgressBar value={progress.value} max={1} thickness="large" aria-label={progress.step} />
        </Field>
      ) : null}
      {message ? (
        <MessageBar intent={message.intent} layout="multiline" politeness={message.intent === "error" ? "assertive" : "polite"}>
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle>
            {message.body}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="Dismiss message" onClick={onDismiss}>
                ✕
              </Button>
            }
          >
            {actions}
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}

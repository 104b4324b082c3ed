/**
 * Progress of a running action (step and bar) and the outcome of the last one, shown under the
 * control that started it. The message bar announces itself through Fluent's
 * `AriaLiveAnnouncer` (Root) when it appears, its title and body as one sentence ("Check the
 * settings 1 field needs a fix..."); a confirmation takes the focus.
 */
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
  /** Changes with every new message, so each one is announced (a message bar announces when it mounts). */
  readonly messageKey?: number;
  readonly onDismiss: () => void;
  /** Extra buttons in the message (a confirmation's); the message takes the focus when it has them. */
  readonly actions?: React.ReactNode;
}

export function Status({ progress, message, messageKey, onDismiss, actions }: StatusProps): React.JSX.Element | null {
  const s = useStyles();
  const bar = React.useRef<HTMLDivElement>(null);
  const box = React.useRef<HTMLDivElement>(null);
  const asks = actions !== undefined;
  const running = progress !== null;
  React.useEffect(() => {
    if (asks) bar.current?.focus();
  }, [asks, messageKey]);
  // A new step or message scrolls into view when the action was started from elsewhere (Enter in a field).
  React.useEffect(() => {
    box.current?.scrollIntoView?.({ block: "nearest" });
  }, [running, messageKey]);
  if (!progress && !message) return null;
  return (
    <div className={s.status} ref={box}>
      {progress ? (
        <Field label={progress.step} validationState="none" size="small">
          <ProgressBar value={progress.value} max={1} thickness="large" aria-label={progress.step} />
        </Field>
      ) : null}
      {message ? (
        <MessageBar
          key={messageKey}
          ref={bar}
          tabIndex={asks ? -1 : undefined}
          className={s.messageBar}
          intent={message.intent}
          layout="multiline"
          // Errors interrupt (assertive), the rest waits (polite). Fluent reads any politeness
          // given as polite (`politeness ?? intent === "info" ? "polite" : "assertive"`), so an
          // error passes none and gets assertive from its intent.
          politeness={message.intent === "error" ? undefined : "polite"}
        >
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle>{" "}
            {message.body}
          </MessageBarBody>
          <MessageBarActions
            className={s.messageActions}
            containerAction={
              <Button appearance="transparent" size="small" className={s.dismiss} aria-label="Dismiss message" onClick={onDismiss}>
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

/**
 * The actions' buttons and their status as the tabs place them: `PaneAction` is an action's
 * button with its progress and outcome under it, `ActionStatus` the progress and outcome that
 * belong to an origin (a message at the top of a tab). Both read the pane's actions from
 * `ActionsContext`, with `onConfirm`, which runs the action a question asked about.
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { buttonId, type Actions, type Origin, type Outcome } from "../useActions";
import { ActionButton } from "./ActionButton";
import { Status } from "./Status";

export interface ActionsContextValue {
  readonly actions: Actions;
  /** The user said yes to `outcome`'s question. */
  readonly onConfirm: (outcome: Outcome) => void;
}

export const ActionsContext = React.createContext<ActionsContextValue | null>(null);

function useActionsContext(): ActionsContextValue {
  const value = React.useContext(ActionsContext);
  if (!value) throw new Error("PaneAction and ActionStatus need an ActionsContext");
  return value;
}

const YES: Readonly<Record<NonNullable<Outcome["confirm"]>, string>> = {
  sample: "Replace with sample",
  scaffold: "Scaffold and move them",
};

/** The progress and outcome that belong under `origin`, with a question's answers. */
export function ActionStatus({ origin }: { readonly origin: Origin }): React.JSX.Element | null {
  const { actions, onConfirm } = useActionsContext();
  const mine = actions.outcome?.origin === origin ? actions.outcome : null;
  const running = actions.busy?.origin === origin ? actions.progress : null;
  if (!mine && !running) return null;
  const asks = mine?.confirm === "sample" || (mine?.confirm === "scaffold" && actions.confirmScaffold !== null);
  return (
    <Status
      progress={running}
      message={mine?.message ?? null}
      messageKey={mine?.key}
      onDismiss={actions.dismiss}
      actions={
        mine?.confirm && asks ? (
          <>
            <Button size="small" appearance="primary" onClick={() => actions.answer(() => onConfirm(mine))}>
              {YES[mine.confirm]}
            </Button>
            <Button size="small" onClick={actions.dismiss}>
              Cancel
            </Button>
          </>
        ) : undefined
      }
    />
  );
}

export interface PaneActionProps {
  readonly origin: Origin;
  readonly label: string;
  readonly caption: string;
  readonly onRun: () => void;
  readonly primary?: boolean;
}

/** An action's button (id `sop-<origin>`), its caption, and its progress and outcome under it. */
export function PaneAction({ origin, label, caption, onRun, primary = false }: PaneActionProps): React.JSX.Element {
  const { actions } = useActionsContext();
  return (
    <ActionButton
      id={buttonId(origin)}
      label={label}
      caption={caption}
      primary={primary}
      running={actions.busy?.origin === origin}
      locked={actions.locked}
      onClick={onRun}
      status={<ActionStatus origin={origin} />}
    />
  );
}

/** A form's keydown handler: Enter in a text field runs the form's action (Scaffold). */
export const enterRuns =
  (run: () => void) =>
  (e: React.KeyboardEvent<HTMLFormElement>): void => {
    if (e.key !== "Enter" || e.nativeEvent.isComposing || (e.target as Element).tagName !== "INPUT") return;
    e.preventDefault();
    run();
  };

/**
 * The pane's actions: which one runs (busy) and its progress, the outcome of the last one and
 * where it shows (its origin), the question waiting for an answer, and where the focus goes
 * when a message or a question closes. One action runs at a time.
 */
import * as React from "react";
import type { CycleConfig } from "../core/model";
import type { OnProgress } from "../app/host";
import { failureMessage, type Action, type Message } from "../app/outcome";
import type { Progress } from "./components/Status";

/**
 * Where a message or a progress bar shows: under the button that started the action (its id is
 * `sop-<origin>`), or at the top of the Setup tab ("setup": a refused scaffold) or of This month
 * ("workbook": the settings could not be read).
 */
export type Origin =
  "scaffold" | "scaffold-setup" | "deck" | "sample" | "reactivate" | "selftest" | "setup" | "workbook";

export interface Outcome {
  readonly origin: Origin;
  readonly message: Message;
  /** Counts messages, so each new one is a new message bar (announced when it mounts). */
  readonly key: number;
  /** A question waiting for the user's answer. */
  readonly confirm?: "sample" | "scaffold";
}

export interface Busy {
  readonly action: Action;
  readonly origin: Origin;
}

/** The button an origin's messages belong to (a message at the top of a tab belongs to that tab's Scaffold). */
export const buttonId = (origin: Origin): string =>
  `sop-${origin === "workbook" ? "scaffold" : origin === "setup" ? "scaffold-setup" : origin}`;

export interface Actions {
  readonly busy: Busy | null;
  readonly progress: Progress | null;
  readonly outcome: Outcome | null;
  /** The rebuild waiting for the user's yes: it would move typed values to Kept inputs. */
  readonly confirmScaffold: CycleConfig | null;
  /** Some action runs: every action button refuses clicks (and keeps the focus). */
  readonly locked: boolean;
  /** Scaffold or the sample runs: they write the settings, so the fields are read-only. */
  readonly writing: boolean;
  /** Whether an action runs now (not as of the last render: a second Enter in the same tick is refused). */
  readonly running: () => boolean;
  /** Shows `message` under `origin` (null clears the outcome), with a question when `confirm` is given. */
  readonly show: (origin: Origin, message: Message | null, confirm?: Outcome["confirm"]) => void;
  /** Marks `action` busy under `origin` with a first step, the outcome cleared. */
  readonly begin: (action: Action, origin: Origin, step: string) => void;
  /** Ends what `begin` started. */
  readonly end: () => void;
  /** Runs `work` as `action`: busy, progress and outcome under `origin`; null when it failed (the failure shows). */
  readonly perform: <T>(
    action: Action,
    origin: Origin,
    work: (p: OnProgress) => Promise<T>,
    describe: (r: T) => Message,
  ) => Promise<T | null>;
  /** Turns the outcome into the question whether to scaffold `config` and move the typed values. */
  readonly askScaffold: (config: CycleConfig) => void;
  /** Closes a message or a question; the focus goes back to the button that started it. */
  readonly dismiss: () => void;
  /** The answer to a question: the focus goes to the button that asked (where the progress shows), then `run`. */
  readonly answer: (run: () => void) => void;
}

export function useActions(): Actions {
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const busyRef = React.useRef(false);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const counter = React.useRef(0);
  const [confirmScaffold, setConfirmScaffold] = React.useState<CycleConfig | null>(null);

  const show: Actions["show"] = (origin, message, confirm) => {
    counter.current += 1;
    setOutcome(message ? { origin, message, key: counter.current, confirm } : null);
  };

  const begin: Actions["begin"] = (action, origin, step) => {
    busyRef.current = true;
    setBusy({ action, origin });
    show(origin, null);
    setProgress({ step });
  };

  const end = (): void => {
    busyRef.current = false;
    setBusy(null);
    setProgress(null);
  };

  const onProgress: OnProgress = (step, done, total) =>
    setProgress({ step, value: total > 0 ? done / total : undefined });

  async function perform<T>(
    action: Action,
    origin: Origin,
    work: (p: OnProgress) => Promise<T>,
    describe: (r: T) => Message,
  ): Promise<T | null> {
    begin(action, origin, "Starting");
    setConfirmScaffold(null);
    try {
      const result = await work(onProgress);
      show(origin, describe(result));
      return result;
    } catch (e) {
      show(origin, failureMessage(action, e));
      return null;
    } finally {
      end();
    }
  }

  const askScaffold = (config: CycleConfig): void => {
    setConfirmScaffold(config);
    setOutcome((x) => (x ? { ...x, confirm: "scaffold" } : x));
  };

  const focusAsker = (): void => {
    if (outcome) document.getElementById(buttonId(outcome.origin))?.focus();
  };

  const dismiss = (): void => {
    focusAsker();
    setConfirmScaffold(null);
    show("scaffold", null);
  };

  const answer = (run: () => void): void => {
    focusAsker();
    run();
  };

  return {
    busy,
    progress,
    outcome,
    confirmScaffold,
    locked: busy !== null,
    writing: busy?.action === "scaffold" || busy?.action === "sample",
    running: () => busyRef.current,
    show,
    begin,
    end,
    perform,
    askScaffold,
    dismiss,
    answer,
  };
}

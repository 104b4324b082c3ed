/**
 * The task pane: the cycle settings form (prefilled from the workbook), the actions, their
 * progress and outcome. All Excel work goes through `host`.
 */
import * as React from "react";
import { Body1, Button, Field, Spinner, Textarea, Title3 } from "@fluentui/react-components";
import type { CycleConfig } from "../../core/model";
import {
  addFamily,
  configToForm,
  defaultForm,
  removeFamily,
  setBusinessType,
  setFamilyField,
  setField,
  type SettingsForm,
} from "../form";
import type { Host, OnProgress } from "../../app/host";
import {
  buildMessage,
  confirmMessage,
  deckMessage,
  failureMessage,
  reactivateMessage,
  selfTestMessage,
  type Action,
  type Message,
} from "../../app/outcome";
import { validate } from "../validate";
import { selfTestReport } from "../../app/selftest";
import { ActionsPanel } from "./ActionsPanel";
import { CycleFields } from "./CycleFields";
import { FamiliesEditor } from "./FamiliesEditor";
import { messagesFor } from "./fieldMessages";
import { Status, type Progress } from "./Status";
import { TargetFields } from "./TargetFields";
import { useStyles } from "./styles";

export interface AppProps {
  readonly host: Host;
  /** Today, for the default cycle month. */
  readonly today?: Date;
  /** Outcomes of ribbon commands run in the same runtime (returns the unsubscribe function). */
  readonly subscribeCommands?: (listener: (m: Message) => void) => () => void;
}

type Source = "loading" | "workbook" | "defaults";

export function App({ host, today = new Date(), subscribeCommands }: AppProps): React.JSX.Element {
  const s = useStyles();
  const [form, setForm] = React.useState<SettingsForm>(() => defaultForm(today));
  const [source, setSource] = React.useState<Source>("loading");
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);
  const [busy, setBusy] = React.useState<Action | null>(null);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [message, setMessage] = React.useState<Message | null>(null);
  const [confirmSample, setConfirmSample] = React.useState(false);
  /** The rebuild waiting for the user's yes: it would move typed values to Kept inputs. */
  const [confirmScaffold, setConfirmScaffold] = React.useState<CycleConfig | null>(null);
  /** The last self-test's report, to copy into a bug report. */
  const [report, setReport] = React.useState<string | null>(null);
  /** Typed values the workbook holds (read with the settings): Load sample data asks first when there are any. */
  const [typedValues, setTypedValues] = React.useState(0);
  const formRef = React.useRef<HTMLFormElement>(null);

  const validation = React.useMemo(() => validate(form), [form]);
  const messages = messagesFor(validation.errors, validation.warnings, touched, submitted);

  React.useEffect(() => {
    let live = true;
    host.readWorkbook().then(
      ({ config, problem, typedValues: n }) => {
        if (!live) return;
        if (config) setForm(configToForm(config));
        setSource(config ? "workbook" : "defaults");
        setTypedValues(n);
        if (!config && n > 0 && problem) {
          setMessage({
            intent: "warning",
            title: "This workbook's settings could not be read",
            body:
              `${problem[0].toUpperCase()}${problem.slice(1)}. The workbook holds ${n.toLocaleString("en-US")} typed ` +
              `${n === 1 ? "value" : "values"}. Restore the settings, or type the cycle again below (company, cycle month, families) before scaffolding; ` +
              "a scaffold that cannot place every value asks first.",
          });
        }
      },
      (e: unknown) => {
        if (!live) return;
        setSource("defaults");
        setMessage({ ...failureMessage("scaffold", e), intent: "warning", title: "Could not read the workbook's settings" });
      },
    );
    return () => {
      live = false;
    };
  }, [host]);

  React.useEffect(() => (subscribeCommands ? subscribeCommands(setMessage) : undefined), [subscribeCommands]);

  const touch = (key: string): void => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
  const onProgress: OnProgress = (step, done, total) => setProgress({ step, value: total > 0 ? done / total : undefined });

  async function perform<T>(action: Action, work: (p: OnProgress) => Promise<T>, describe: (r: T) => Message): Promise<T | null> {
    setBusy(action);
    setMessage(null);
    setConfirmSample(false);
    setConfirmScaffold(null);
    setProgress({ step: "Starting" });
    try {
      const result = await work(onProgress);
      setMessage(describe(result));
      return result;
    } catch (e) {
      setMessage(failureMessage(action, e));
      return null;
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  const onScaffold = (): void => {
    setSubmitted(true);
    const config: CycleConfig | null = validation.config;
    if (!config) {
      const count = Object.keys(validation.errors).length;
      setMessage({
        intent: "error",
        title: "Check the settings",
        body: `${count} field${count === 1 ? " needs" : "s need"} a fix before the workbook can be built; each says what it expects.`,
      });
      formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    runScaffold(config, false);
  };

  const runScaffold = (config: CycleConfig, confirmed: boolean): void => {
    void perform(
      "scaffold",
      (p) => host.scaffold(config, undefined, p, { confirmed }),
      (o) => (o.needsConfirmation ? confirmMessage(o) : buildMessage("scaffold", o)),
    ).then((o) => {
      if (!o) return;
      if (o.needsConfirmation) {
        setConfirmScaffold(config);
        return;
      }
      setSource("workbook");
      setTypedValues(o.rebuild ? o.rebuild.found + o.rebuild.stillKept + o.rebuild.toKept + o.rebuild.notes : 0);
    });
  };

  const runSample = (): void => {
    void perform("sample", (p) => host.loadSample(p), (o) => buildMessage("sample", o)).then((o) => {
      if (!o) return;
      setForm(configToForm(o.config));
      setTouched(new Set());
      setSubmitted(false);
      setSource("workbook");
    });
  };

  const onSample = (): void => {
    if (source === "workbook" || typedValues > 0) {
      setConfirmSample(true);
      const held = typedValues > 0 ? ` It holds ${typedValues.toLocaleString("en-US")} typed ${typedValues === 1 ? "value" : "values"}, which the sample replaces.` : "";
      setMessage({
        intent: "warning",
        title: "Replace this workbook's data?",
        body: `Loading the sample writes the sample company's settings and inputs over the values in this workbook's input sheets.${held}`,
      });
      return;
    }
    runSample();
  };

  const cancelConfirm = (): void => {
    setConfirmSample(false);
    setConfirmScaffold(null);
    setMessage(null);
  };

  const confirmActions = confirmSample ? (
    <>
      <Button size="small" appearance="primary" onClick={runSample}>
        Replace with sample
      </Button>
      <Button size="small" onClick={cancelConfirm}>
        Cancel
      </Button>
    </>
  ) : confirmScaffold ? (
    <>
      <Button size="small" appearance="primary" onClick={() => runScaffold(confirmScaffold, true)}>
        Scaffold and move them
      </Button>
      <Button size="small" onClick={cancelConfirm}>
        Cancel
      </Button>
    </>
  ) : undefined;

  return (
    <main className={s.root} aria-labelledby="sop-title" aria-busy={busy !== null}>
      <header className={s.header}>
        <Title3 as="h1" id="sop-title">
          S&amp;OP Planner
        </Title3>
        <Body1 className={s.muted}>
          {source === "workbook" ? "Settings read from this workbook." : "Describe this month's cycle, then scaffold the workbook."}
        </Body1>
      </header>
      <Status progress={progress} message={message} onDismiss={cancelConfirm} actions={confirmActions} />
      {source === "loading" ? (
        <Spinner size="small" label="Reading the workbook's settings" />
      ) : (
        <form ref={formRef} noValidate onSubmit={(e) => e.preventDefault()} aria-label="Cycle settings" className={s.actions}>
          <CycleFields
            form={form}
            messages={messages}
            onField={(f, v) => setForm((x) => setField(x, f, v))}
            onBusinessType={(b) => setForm((x) => setBusinessType(x, b))}
            onTouch={touch}
          />
          <FamiliesEditor
            form={form}
            messages={messages}
            onFamilyField={(i, f, v) => setForm((x) => setFamilyField(x, i, f, v))}
            onAdd={() => setForm(addFamily)}
            onRemove={(i) => setForm((x) => removeFamily(x, i))}
            onTouch={touch}
          />
          <TargetFields form={form} messages={messages} onField={(f, v) => setForm((x) => setField(x, f, v))} onTouch={touch} />
          <Button appearance="primary" onClick={onScaffold} disabled={busy !== null} icon={busy === "scaffold" ? <Spinner size="tiny" aria-hidden /> : undefined}>
            Scaffold workbook
          </Button>
        </form>
      )}
      <ActionsPanel
        busy={busy}
        onSample={onSample}
        onDeck={() => void perform("deck", (p) => host.buildDeck(p), deckMessage)}
        onReactivate={() => void perform("reactivate", (p) => host.reactivateFormulas(p), reactivateMessage)}
        onSelfTest={() =>
          void perform("selftest", (p) => host.selfTest(p), selfTestMessage).then((o) => {
            if (o) setReport(selfTestReport(o.rows) + "\n" + o.environment.map((e) => `${e.what}\t${e.value}`).join("\n"));
          })
        }
      />
      {report !== null ? (
        <Field label="Self-test report (copy into a bug report)">
          <Textarea readOnly value={report} resize="vertical" rows={6} />
        </Field>
      ) : null}
    </main>
  );
}

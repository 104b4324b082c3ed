/**
 * The task pane. It opens on what a process owner does every month (This month: the cycle
 * month, Scaffold, Build deck); the cycle's setup (company, families, targets) and the tools
 * (sample, reactivate, self-test) are one tab away. Every action shows its progress and outcome
 * under the control that started it, and the focus stays on that control (or moves to a
 * confirmation, or to the first field to fix). All Excel work goes through `host`.
 */
import * as React from "react";
import { Body1, Button, Field, Spinner, Tab, TabList, Textarea, Title3 } from "@fluentui/react-components";
import type { CycleConfig } from "../../core/model";
import {
  addFamily,
  configToForm,
  defaultForm,
  nextMonth,
  removeFamily,
  setBusinessType,
  setFamilyField,
  setField,
  withFamilies,
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
import { validate, type FieldMessages } from "../validate";
import { selfTestReport } from "../../app/selftest";
import { ActionButton } from "./ActionButton";
import { CycleFields } from "./CycleFields";
import { FAMILY_FIELDS, FAMILY_PREVIEW, FamiliesEditor, FamiliesSummary } from "./FamiliesEditor";
import { messagesFor } from "./fieldMessages";
import { Status, type Progress } from "./Status";
import { TargetFields } from "./TargetFields";
import { TextField } from "./TextField";
import { useStyles } from "./styles";

export interface AppProps {
  readonly host: Host;
  /** Today, for the default cycle month. */
  readonly today?: Date;
  /** Outcomes of ribbon commands run in the same runtime (returns the unsubscribe function). */
  readonly subscribeCommands?: (listener: (m: Message) => void) => () => void;
}

type Source = "loading" | "workbook" | "defaults";
type TabName = "month" | "setup" | "tools";

/**
 * Where a message or a progress bar shows: under the button that started the action (its id is
 * `sop-<origin>`), or at the top of the Setup tab ("setup": a refused scaffold) or of This month
 * ("workbook": the settings could not be read).
 */
type Origin = "scaffold" | "scaffold-setup" | "deck" | "sample" | "reactivate" | "selftest" | "setup" | "workbook";

interface Outcome {
  readonly origin: Origin;
  readonly message: Message;
  /** Counts messages, so each new one is a new message bar (announced when it mounts). */
  readonly key: number;
  /** A question waiting for the user's answer. */
  readonly confirm?: "sample" | "scaffold";
}

interface Busy {
  readonly action: Action;
  readonly origin: Origin;
}

const TABS: ReadonlyArray<{ readonly value: TabName; readonly label: string }> = [
  { value: "month", label: "This month" },
  { value: "setup", label: "Setup" },
  { value: "tools", label: "Tools" },
];

const buttonId = (origin: Origin): string => `sop-${origin === "workbook" ? "scaffold" : origin === "setup" ? "scaffold-setup" : origin}`;

/** The form's keys in the order their fields appear: a refused scaffold focuses the first with an error. */
function firstInvalid(errors: FieldMessages, form: SettingsForm): string | undefined {
  const order = [
    "company",
    "cycleMonth",
    "businessType",
    "historyMonths",
    "horizonMonths",
    "families",
    ...form.families.flatMap((_f, i) => FAMILY_FIELDS.map((f) => `families.${i}.${f.field}`)),
    "revenuePerMonth",
    "grossMarginPct",
    "inventoryValueCeiling",
  ];
  return order.find((k) => errors[k] !== undefined) ?? Object.keys(errors)[0];
}

const families = (n: number): string => `${n.toLocaleString("en-US")} ${n === 1 ? "family" : "families"}`;

export function App({ host, today = new Date(), subscribeCommands }: AppProps): React.JSX.Element {
  const s = useStyles();
  const [form, setForm] = React.useState<SettingsForm>(() => defaultForm(today));
  const [source, setSource] = React.useState<Source>("loading");
  const [tab, setTab] = React.useState<TabName>("month");
  /** The families are edited on the Families sheet (the workbook held a long list). */
  const [familiesOnSheet, setFamiliesOnSheet] = React.useState(false);
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const busyRef = React.useRef(false);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const counter = React.useRef(0);
  /** The rebuild waiting for the user's yes: it would move typed values to Kept inputs. */
  const [confirmScaffold, setConfirmScaffold] = React.useState<CycleConfig | null>(null);
  /** The last self-test's report, to copy into a bug report. */
  const [report, setReport] = React.useState<string | null>(null);
  /** Typed values the workbook holds (read with the settings): Load sample data asks first when there are any. */
  const [typedValues, setTypedValues] = React.useState(0);
  /** A CSS selector to focus once the next render is on screen (a field on another tab). */
  const [focusNext, setFocusNext] = React.useState<string | null>(null);

  const validation = React.useMemo(() => validate(form), [form]);
  const messages = messagesFor(validation.errors, validation.warnings, touched, submitted);

  const show = (origin: Origin, message: Message | null, confirm?: Outcome["confirm"]): void => {
    counter.current += 1;
    setOutcome(message ? { origin, message, key: counter.current, confirm } : null);
  };

  const loaded = (config: CycleConfig): void => {
    setForm(configToForm(config));
    setFamiliesOnSheet(config.families.length > FAMILY_PREVIEW);
  };

  React.useEffect(() => {
    let live = true;
    host.readWorkbook().then(
      ({ config, problem, typedValues: n }) => {
        if (!live) return;
        if (config) loaded(config);
        setSource(config ? "workbook" : "defaults");
        setTypedValues(n);
        if (!config && n > 0 && problem) {
          show("workbook", {
            intent: "warning",
            title: "This workbook's settings could not be read",
            body:
              `${problem[0].toUpperCase()}${problem.slice(1)}. The workbook holds ${n.toLocaleString("en-US")} typed ` +
              `${n === 1 ? "value" : "values"}. Restore the settings, or type the cycle again under Setup (company, cycle month, families) before scaffolding; ` +
              "a scaffold that cannot place every value asks first.",
          });
        }
      },
      (e: unknown) => {
        if (!live) return;
        setSource("defaults");
        show("workbook", { ...failureMessage("scaffold", e), intent: "warning", title: "Could not read the workbook's settings" });
      },
    );
    return () => {
      live = false;
    };
  }, [host]);

  React.useEffect(() => (subscribeCommands ? subscribeCommands((m) => show("deck", m)) : undefined), [subscribeCommands]);

  React.useEffect(() => {
    if (focusNext === null) return;
    document.querySelector<HTMLElement>(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const touch = (key: string): void => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));
  const onProgress: OnProgress = (step, done, total) => setProgress({ step, value: total > 0 ? done / total : undefined });

  async function perform<T>(action: Action, origin: Origin, work: (p: OnProgress) => Promise<T>, describe: (r: T) => Message): Promise<T | null> {
    busyRef.current = true;
    setBusy({ action, origin });
    show(origin, null);
    setConfirmScaffold(null);
    setProgress({ step: "Starting" });
    try {
      const result = await work(onProgress);
      show(origin, describe(result));
      return result;
    } catch (e) {
      show(origin, failureMessage(action, e));
      return null;
    } finally {
      busyRef.current = false;
      setBusy(null);
      setProgress(null);
    }
  }

  /** Refuses an invalid form: every message shows, the focus goes to the first field to fix. */
  const refuse = (errors: FieldMessages, checked: SettingsForm, origin: Origin): void => {
    setSubmitted(true);
    const first = firstInvalid(errors, checked) ?? "company";
    const onMonth = first === "cycleMonth";
    const count = Object.keys(errors).length;
    if (!onMonth) setTab("setup");
    show(onMonth ? origin : "setup", {
      intent: "error",
      title: "Check the settings",
      body: `${count} field${count === 1 ? " needs" : "s need"} a fix before the workbook can be built; each says what it expects.`,
    });
    const onSheet = familiesOnSheet && first.startsWith("families");
    setFocusNext(onSheet ? "#sop-family-checks" : `[data-field="${first}"]`);
  };

  const runScaffold = (config: CycleConfig, confirmed: boolean, origin: Origin): void => {
    void perform(
      "scaffold",
      origin,
      (p) => host.scaffold(config, undefined, p, { confirmed }),
      (o) => (o.needsConfirmation ? confirmMessage(o) : buildMessage("scaffold", o)),
    ).then((o) => {
      if (!o) return;
      if (o.needsConfirmation) {
        setConfirmScaffold(config);
        setOutcome((x) => (x ? { ...x, confirm: "scaffold" } : x));
        return;
      }
      setSource("workbook");
      setTypedValues(o.rebuild ? o.rebuild.found + o.rebuild.stillKept + o.rebuild.toKept + o.rebuild.notes : 0);
    });
  };

  const onScaffold = (origin: Origin): void => {
    if (busyRef.current) return;
    if (!familiesOnSheet) {
      if (!validation.config) refuse(validation.errors, form, origin);
      else runScaffold(validation.config, false, origin);
      return;
    }
    // A long list is edited on the Families sheet: scaffold with the families it holds now.
    busyRef.current = true;
    setBusy({ action: "scaffold", origin });
    show(origin, null);
    setProgress({ step: "Reading the families from the Families sheet" });
    host.readConfig().then(
      (read) => {
        const next = read ? withFamilies(form, read) : form;
        setForm(next);
        busyRef.current = false;
        setBusy(null);
        setProgress(null);
        const v = validate(next);
        if (!v.config) refuse(v.errors, next, origin);
        else runScaffold(v.config, false, origin);
      },
      (e: unknown) => {
        busyRef.current = false;
        setBusy(null);
        setProgress(null);
        show(origin, failureMessage("scaffold", e));
      },
    );
  };

  const runSample = (): void => {
    void perform("sample", "sample", (p) => host.loadSample(p), (o) => buildMessage("sample", o)).then((o) => {
      if (!o) return;
      loaded(o.config);
      setTouched(new Set());
      setSubmitted(false);
      setSource("workbook");
    });
  };

  const onSample = (): void => {
    if (busyRef.current) return;
    if (source === "workbook" || typedValues > 0) {
      const held = typedValues > 0 ? ` It holds ${typedValues.toLocaleString("en-US")} typed ${typedValues === 1 ? "value" : "values"}, which the sample replaces.` : "";
      show(
        "sample",
        {
          intent: "warning",
          title: "Replace this workbook's data?",
          body: `Loading the sample writes the sample company's settings and inputs over the values in this workbook's input sheets.${held}`,
        },
        "sample",
      );
      return;
    }
    runSample();
  };

  /** Closes a message or a question; the focus goes back to the button that started it. */
  const dismiss = (): void => {
    if (outcome) document.getElementById(buttonId(outcome.origin))?.focus();
    setConfirmScaffold(null);
    show("scaffold", null);
  };

  /** The answer to a question: the focus goes to the button that asked, where the progress shows. */
  const answer = (run: () => void): void => {
    if (outcome) document.getElementById(buttonId(outcome.origin))?.focus();
    run();
  };

  const confirmActions = (o: Outcome): React.ReactNode =>
    o.confirm === "sample" ? (
      <>
        <Button size="small" appearance="primary" onClick={() => answer(runSample)}>
          Replace with sample
        </Button>
        <Button size="small" onClick={dismiss}>
          Cancel
        </Button>
      </>
    ) : o.confirm === "scaffold" && confirmScaffold ? (
      <>
        <Button size="small" appearance="primary" onClick={() => answer(() => runScaffold(confirmScaffold, true, o.origin))}>
          Scaffold and move them
        </Button>
        <Button size="small" onClick={dismiss}>
          Cancel
        </Button>
      </>
    ) : undefined;

  /** The progress and outcome that belong under `origin`. */
  const status = (origin: Origin): React.ReactNode => {
    const mine = outcome?.origin === origin ? outcome : null;
    const running = busy?.origin === origin ? progress : null;
    if (!mine && !running) return null;
    return (
      <Status
        progress={running}
        message={mine?.message ?? null}
        messageKey={mine?.key}
        onDismiss={dismiss}
        actions={mine ? confirmActions(mine) : undefined}
      />
    );
  };

  const locked = busy !== null;
  /** Scaffold and the sample write the settings: the fields are read-only while they run. */
  const writing = busy?.action === "scaffold" || busy?.action === "sample";

  /** Enter in a text field runs the form's action (Scaffold). */
  const submitOnEnter =
    (origin: Origin) =>
    (e: React.KeyboardEvent<HTMLFormElement>): void => {
      if (e.key !== "Enter" || e.nativeEvent.isComposing || (e.target as Element).tagName !== "INPUT") return;
      e.preventDefault();
      onScaffold(origin);
    };

  const action = (origin: Origin, label: string, caption: string, run: () => void, primary = false): React.JSX.Element => (
    <ActionButton
      id={buttonId(origin)}
      label={label}
      caption={caption}
      primary={primary}
      running={busy?.origin === origin}
      locked={locked}
      onClick={run}
      status={status(origin)}
    />
  );

  const monthPanel = (
    <>
      {status("workbook")}
      <Body1>
        {form.company.trim() === "" ? "No company yet" : form.company.trim()}: {families(form.families.length)},{" "}
        {form.historyMonths} months of history, {form.horizonMonths} of horizon.{" "}
        <Button appearance="transparent" size="small" onClick={() => setTab("setup")}>
          Edit setup
        </Button>
      </Body1>
      <form noValidate aria-label="This month's cycle" className={s.panel} onSubmit={(e) => e.preventDefault()} onKeyDown={submitOnEnter("scaffold")}>
        <div className={s.inline}>
          <TextField
            label="Cycle month"
            required
            type="month"
            hint="First plan month, YYYY-MM"
            value={form.cycleMonth}
            onChange={(v) => setForm((x) => setField(x, "cycleMonth", v))}
            onBlur={() => touch("cycleMonth")}
            fieldKey="cycleMonth"
            readOnly={writing}
            {...messages("cycleMonth")}
          />
          <Button
            size="small"
            disabledFocusable={writing || nextMonth(form.cycleMonth) === null}
            onClick={() => {
              const next = nextMonth(form.cycleMonth);
              if (next) setForm((x) => setField(x, "cycleMonth", next));
            }}
          >
            Next month
          </Button>
        </div>
        {action(
          "scaffold",
          "Scaffold workbook",
          "Builds this cycle's workbook, or rolls it to the cycle month above; every typed value stays.",
          () => onScaffold("scaffold"),
          true,
        )}
      </form>
      {action("deck", "Build executive deck", "The meeting pack on one printable sheet, from the workbook's current numbers.", () =>
        void perform("deck", "deck", (p) => host.buildDeck(p), deckMessage),
      )}
    </>
  );

  const setupPanel = (
    <>
      {status("setup")}
      <form noValidate aria-label="Cycle setup" className={s.panel} onSubmit={(e) => e.preventDefault()} onKeyDown={submitOnEnter("scaffold-setup")}>
        <CycleFields
          form={form}
          messages={messages}
          onField={(f, v) => setForm((x) => setField(x, f, v))}
          onBusinessType={(b) => setForm((x) => setBusinessType(x, b))}
          onTouch={touch}
          readOnly={writing}
        />
        {familiesOnSheet ? (
          <FamiliesSummary form={form} errors={validation.errors} warnings={validation.warnings} />
        ) : (
          <FamiliesEditor
            form={form}
            messages={messages}
            onFamilyField={(i, f, v) => setForm((x) => setFamilyField(x, i, f, v))}
            onAdd={() => setForm(addFamily)}
            onRemove={(i) => setForm((x) => removeFamily(x, i))}
            onTouch={touch}
            readOnly={writing}
          />
        )}
        <TargetFields form={form} messages={messages} onField={(f, v) => setForm((x) => setField(x, f, v))} onTouch={touch} readOnly={writing} />
        {action("scaffold-setup", "Scaffold workbook", "Builds or rebuilds the workbook with this setup.", () => onScaffold("scaffold-setup"), true)}
      </form>
    </>
  );

  const toolsPanel = (
    <>
      {action("sample", "Load sample data", "A sample manufacturer with two years of history, a pipeline, orders and actions.", onSample)}
      {action("reactivate", "Reactivate SOP formulas", "Re-enters SOP.* formulas that show #NAME? (e.g. in a pack built without Excel).", () =>
        void perform("reactivate", "reactivate", (p) => host.reactivateFormulas(p), reactivateMessage),
      )}
      {action(
        "selftest",
        "Run self-test",
        "Diagnostics: runs every SOP function in this Excel on a scratch sheet (removed after) and compares with the add-in's core.",
        () =>
          void perform("selftest", "selftest", (p) => host.selfTest(p), selfTestMessage).then((o) => {
            if (o) setReport(selfTestReport(o.rows) + "\n" + o.environment.map((e) => `${e.what}\t${e.value}`).join("\n"));
          }),
      )}
      {report !== null ? (
        <Field label="Self-test report (copy into a bug report)">
          <Textarea readOnly value={report} resize="vertical" rows={6} />
        </Field>
      ) : null}
    </>
  );

  return (
    <main className={s.root} aria-labelledby="sop-title">
      <header className={s.header}>
        <Title3 as="h1" id="sop-title">
          S&amp;OP Planner
        </Title3>
        <Body1 className={s.muted}>
          {source === "workbook" ? "Settings read from this workbook." : "Describe this month's cycle, then scaffold the workbook."}
        </Body1>
      </header>
      {source === "loading" ? (
        <Spinner size="small" label="Reading the workbook's settings" />
      ) : (
        <>
          <TabList className={s.tabs} size="small" selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as TabName)} aria-label="Task pane sections">
            {TABS.map((t) => (
              <Tab key={t.value} value={t.value} id={`sop-tab-${t.value}`} aria-controls={tab === t.value ? `sop-panel-${t.value}` : undefined}>
                {t.label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" id={`sop-panel-${tab}`} aria-labelledby={`sop-tab-${tab}`} className={s.panel}>
            {tab === "month" ? monthPanel : tab === "setup" ? setupPanel : toolsPanel}
          </div>
        </>
      )}
    </main>
  );
}

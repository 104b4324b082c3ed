/**
 * The task pane. It opens on what a process owner does every month (This month: the cycle
 * month, Scaffold, Build deck); the cycle's setup (company, families, targets) and the tools
 * (sample, reactivate, self-test) are one tab away. Every action shows its progress and outcome
 * under the control that started it, and the focus stays on that control (or moves to a
 * confirmation, or to the first field to fix). All Excel work goes through `host`; the
 * actions' busy, outcome and focus state is `useActions`.
 */
import * as React from "react";
import { Body1, Spinner, Tab, TabList, Title3 } from "@fluentui/react-components";
import type { CycleConfig } from "../../core/model";
import { configToForm, defaultForm, withFamilies, type SettingsForm } from "../form";
import type { Host } from "../../app/host";
import { buildMessage, confirmMessage, deckMessage, failureMessage, reactivateMessage, selfTestMessage, type Message } from "../../app/outcome";
import { validate, type FieldMessages } from "../validate";
import { selfTestReport } from "../../app/selftest";
import { useActions, type Origin, type Outcome } from "../useActions";
import { FAMILY_FIELDS, FAMILY_PREVIEW } from "./FamiliesEditor";
import { messagesFor } from "./fieldMessages";
import { ActionsContext } from "./PaneAction";
import { SetupTab } from "./SetupTab";
import { ThisMonthTab } from "./ThisMonthTab";
import { ToolsTab } from "./ToolsTab";
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

const TABS: ReadonlyArray<{ readonly value: TabName; readonly label: string }> = [
  { value: "month", label: "This month" },
  { value: "setup", label: "Setup" },
  { value: "tools", label: "Tools" },
];

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

export function App({ host, today = new Date(), subscribeCommands }: AppProps): React.JSX.Element {
  const s = useStyles();
  const actions = useActions();
  const { show, perform } = actions;
  const [form, setForm] = React.useState<SettingsForm>(() => defaultForm(today));
  const [source, setSource] = React.useState<Source>("loading");
  const [tab, setTab] = React.useState<TabName>("month");
  /** The families are edited on the Families sheet (the workbook held a long list). */
  const [familiesOnSheet, setFamiliesOnSheet] = React.useState(false);
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);
  /** The last self-test's report, to copy into a bug report. */
  const [report, setReport] = React.useState<string | null>(null);
  /** Typed values the workbook holds (read with the settings): Load sample data asks first when there are any. */
  const [typedValues, setTypedValues] = React.useState(0);
  /** A CSS selector to focus once the next render is on screen (a field on another tab). */
  const [focusNext, setFocusNext] = React.useState<string | null>(null);

  const validation = React.useMemo(() => validate(form), [form]);
  const messages = messagesFor(validation.errors, validation.warnings, touched, submitted);

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
        actions.askScaffold(config);
        return;
      }
      setSource("workbook");
      // The workbook holds the list now: a long one is edited on its Families sheet from here on.
      setFamiliesOnSheet(config.families.length > FAMILY_PREVIEW);
      setTypedValues(o.rebuild ? o.rebuild.found + o.rebuild.stillKept + o.rebuild.toKept + o.rebuild.notes : 0);
    });
  };

  const onScaffold = (origin: Origin): void => {
    if (actions.running()) return;
    if (!familiesOnSheet) {
      if (!validation.config) refuse(validation.errors, form, origin);
      else runScaffold(validation.config, false, origin);
      return;
    }
    // A long list is edited on the Families sheet: scaffold with the families it holds now.
    actions.begin("scaffold", origin, "Reading the families from the Families sheet");
    host.readConfig().then(
      (read) => {
        const next = read ? withFamilies(form, read) : form;
        setForm(next);
        actions.end();
        const v = validate(next);
        if (!v.config) refuse(v.errors, next, origin);
        else runScaffold(v.config, false, origin);
      },
      (e: unknown) => {
        actions.end();
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
    if (actions.running()) return;
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

  /** The user said yes: the sample replaces the data, or the scaffold moves the typed values. */
  const onConfirm = (o: Outcome): void => {
    if (o.confirm === "sample") runSample();
    else if (o.confirm === "scaffold" && actions.confirmScaffold) runScaffold(actions.confirmScaffold, true, o.origin);
  };

  const panel =
    tab === "month" ? (
      <ThisMonthTab
        form={form}
        setForm={setForm}
        messages={messages}
        onTouch={touch}
        readOnly={actions.writing}
        onEditSetup={() => setTab("setup")}
        onScaffold={() => onScaffold("scaffold")}
        onDeck={() => void perform("deck", "deck", (p) => host.buildDeck(p), deckMessage)}
      />
    ) : tab === "setup" ? (
      <SetupTab
        form={form}
        setForm={setForm}
        messages={messages}
        validation={validation}
        onTouch={touch}
        readOnly={actions.writing}
        familiesOnSheet={familiesOnSheet}
        onScaffold={() => onScaffold("scaffold-setup")}
      />
    ) : (
      <ToolsTab
        onSample={onSample}
        onReactivate={() => void perform("reactivate", "reactivate", (p) => host.reactivateFormulas(p), reactivateMessage)}
        onSelfTest={() =>
          void perform("selftest", "selftest", (p) => host.selfTest(p), selfTestMessage).then((o) => {
            if (o) setReport(selfTestReport(o.rows) + "\n" + o.environment.map((e) => `${e.what}\t${e.value}`).join("\n"));
          })
        }
        report={report}
      />
    );

  return (
    <ActionsContext.Provider value={{ actions, onConfirm }}>
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
              {panel}
            </div>
          </>
        )}
      </main>
    </ActionsContext.Provider>
  );
}

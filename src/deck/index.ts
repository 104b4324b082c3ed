/** The executive deck as data: read the workbook by name, build the deck, lay it out as a sheet. */
export { deckInputFromNames } from "./input";
export type { DeckInput, DeckFamily, DeckKpi, DeckGap, DeckAction, NamedReader, PlanGrid } from "./input";
export { buildDeck, decisionsRequired } from "./deck";
export type { Deck, DeckOptions } from "./deck";
export { buildDeckSheet, DECK_SHEET_NAME, CHART_ROWS } from "./sheet";
export { addDeck } from "./addDeck";
export { MONTHLY_AGENDA } from "./agenda";
export type { AgendaItem } from "./agenda";
export { DEFAULT_SCENARIOS, runScenarios, simulateScenario } from "./scenarios";
export type { ScenarioSpec, ScenarioResult, ScenarioPlan } from "./scenarios";
export { recommend, tradeOffs, DEFAULT_UNMET_TOLERANCE } from "./recommend";
export type { Recommendation } from "./recommend";
export { rankGaps, riskView } from "./risks";
export { actionsView } from "./actions";
export { kpiSnapshot } from "./kpis";
export { planSummaries } from "./summaries";

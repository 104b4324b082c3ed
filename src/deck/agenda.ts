/**
 * The monthly executive S&OP meeting agenda (seed 000, "A practical monthly S&OP meeting
 * agenda"): 90 minutes, each item with its presenter and purpose, in meeting order.
 */

export interface AgendaItem {
  readonly item: string;
  readonly minutes: number;
  readonly presenter: string;
  readonly purpose: string;
}

export const MONTHLY_AGENDA: ReadonlyArray<AgendaItem> = [
  { item: "Opening and objectives", minutes: 5, presenter: "Process owner", purpose: "Confirm decisions needed" },
  {
    item: "KPI and prior month review",
    minutes: 10,
    presenter: "Finance or operations",
    purpose: "Review forecast accuracy, service, inventory, working capital",
  },
  {
    item: "Demand plan summary",
    minutes: 15,
    presenter: "Sales or demand planner",
    purpose: "Review future sales, demand shifts, market trends",
  },
  {
    item: "Supply planning summary",
    minutes: 15,
    presenter: "Operations or supply planner",
    purpose: "Review capacity, supply constraints, inventory exposure",
  },
  { item: "Financial review", minutes: 10, presenter: "Finance leader", purpose: "Review plan vs financial targets" },
  {
    item: "Gap analysis and scenarios",
    minutes: 15,
    presenter: "Process owner",
    purpose: "Show trade offs and options",
  },
  {
    item: "Executive decisions",
    minutes: 15,
    presenter: "Senior management",
    purpose: "Approve direction and actions",
  },
  { item: "Action items and owners", minutes: 5, presenter: "Process owner", purpose: "Confirm next steps" },
];

/** Total meeting length in minutes. */
export function agendaMinutes(agenda: ReadonlyArray<AgendaItem>): number {
  return agenda.reduce((sum, a) => sum + a.minutes, 0);
}

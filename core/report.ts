import type { BudgetView } from "./error-budget/facts.js";
import type { Finding } from "./findings/finding.js";
import type { PeopleView } from "./people/people-view.js";

export type Verdict =
  | "pass" // gated and meets the gate
  | "fail" // has errors
  | "not-gated" // status outside gate.statuses, and well-formed
  | "unreadable"; // could not be parsed into an item

export interface SignOffView {
  reviewer: string;
  decision: string;
  date: string;
  /** undefined: not verified here (CLI); true/false: checked against GitHub reviews. */
  verified?: boolean;
}

export interface SliceView {
  id: string;
  value: string;
  dependsOn: string[];
}

export interface WaiverView {
  rule: string;
  reason: string;
  approvedBy: string;
  expires: string;
}

/** A metric's link to an SLO, as the reports show it. */
export interface SloLinkView {
  /** `slo:` as written. */
  name: string;
  /** `unchecked`: no SLO files were given (policy `slo.files` is empty). */
  status: "found" | "unknown" | "ambiguous" | "unchecked";
  /** The SLO, when found: where it is, its format, target and window. */
  file?: string;
  line?: number;
  format?: string;
  targetPercent?: number;
  window?: string;
}

export interface MetricView {
  kind: string;
  objective?: string;
  window?: string;
  slo?: SloLinkView;
}

/** How one item file fared: what every output says of it. Fields are absent when the file did not say them. */
export interface ItemVerdict {
  file: string;
  id?: string;
  status?: string;
  gated: boolean;
  verdict: Verdict;
  errors: number;
  warnings: number;
}

/** One item file as judged, with the views of it that the JSON and Markdown outputs show. */
export interface ItemReport extends ItemVerdict {
  title?: string;
  owner?: string;
  ai: boolean;
  issue?: number;
  signOffs: SignOffView[];
  slices: SliceView[];
  waivers: WaiverView[];
  /** Each metric, with the SLO it links (if any). */
  metrics: MetricView[];
  /** Each linked SLO's remaining error budget, when the error-budget gate asked Prometheus. */
  budgets?: BudgetView[];
  /** The people the item names, when the people checks looked them up (SPEC 9.3). */
  people?: PeopleView;
}

/**
 * A run's result. Its items are ItemReports, or only ItemVerdicts when it was judged without
 * views (evaluate's `views: false`): outputs that list findings need no more, and building and
 * keeping 10,000 items' views was a visible part of a large run's time.
 */
export interface Report<Item extends ItemVerdict = ItemReport> {
  items: Item[];
  /** Every finding, sorted by file, line, column. */
  findings: Finding[];
  errors: number;
  warnings: number;
  notes: number;
  /** `fail` when any finding is an error. */
  result: "pass" | "fail";
  /** Things said once for the whole run, e.g. "sign-offs were not verified". */
  notices: string[];
}

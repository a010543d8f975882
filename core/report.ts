import type { BudgetView } from "./error-budget/facts.js";
import type { Finding } from "./findings/finding.js";

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
  /** Section 9.2: the metric measured against its objective; absent when it was not measured. */
  measured?: MeasuredView;
  /** Whether `live.instrumentation` found data for each of the metric's sli queries (SPEC 9.1). */
  data?: "yes" | "no" | "unknown";
}

/** A metric's value over its window, as the objectives check read it (section 9.2). */
export interface MeasuredView {
  /** `unmeasured`: no series, NaN or no answer (`reason` says which). */
  state: "met" | "breached" | "unmeasured";
  /** In the objective's unit: 412 with unit "ms" for `p95 <= 300ms`, 99.2 with "%". */
  value?: number;
  /** The objective's unit as written ("%", "ms", "s", "/week", ...), "" for none. */
  unit: string;
  /**
   * The value as the finding says it ("412 ms"), rounded so that it keeps or breaks the objective
   * as the value does; shown instead of `value` and `unit` when present.
   */
  shown?: string;
  /** The window it was measured over, e.g. "7d". */
  window: string;
  reason?: string;
}

/** One live query of an item, an `sli` query or an instrumentation `signal`, and whether it returned data (section 9.1). */
export interface LiveDataView {
  /** `metric`: a query of `metrics.<kind>.sli`; `signal`: `instrumentation.<kind>.signal`. */
  source: "metric" | "signal";
  kind: string;
  query: string;
  /** `data`: at least one fresh series; `no-data`: none; `unknown`: Prometheus did not answer. */
  state: "data" | "no-data" | "unknown";
  reason?: string;
}

/** A handle the item names, as GitHub resolved it (section 9.3). */
export interface PersonView {
  handle: string;
  /** Where the item names it: "owner", "domain expert", "pairing senior", "risk owner", "reviewer", ... */
  role: string;
  /** `ok`: a user (member, with members_only) or a team; `unverifiable`: the token could not tell. */
  state: "ok" | "unknown" | "not-member" | "unverifiable";
  reason?: string;
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
  /** Section 9.1: each live query and whether it returned data; absent when not checked. */
  instrumentation?: LiveDataView[];
  /** Section 9.3: each handle and what GitHub said of it; absent when not checked. */
  people?: PersonView[];
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

/* Generated from schemas/config.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * A GitHub user (`@user`) or team (`@org/team`).
 */
export type Handle = string;
/**
 * The query for OpenSLO SLOs.
 */
export type BudgetQuery = string;
/**
 * The query for Sloth SLOs (both forms).
 */
export type BudgetQuery1 = string;
/**
 * The query for Pyrra SLOs.
 */
export type BudgetQuery2 = string;

/**
 * How roadmap-gate judges this repository's roadmap items. All keys are optional.
 */
export interface PolicyFile {
  /**
   * Another repository's policy to start from (`repo`, `owner/repo` or `owner/repo:path`), like other Probot apps.
   */
  _extends?: string;
  /**
   * Globs of item files.
   *
   * @minItems 1
   */
  paths?: [string, ...string[]];
  /**
   * What gated items need.
   */
  gate?: {
    /**
     * Statuses that are gated.
     */
    statuses?: ("proposed" | "planned" | "in_progress" | "launched" | "retired")[];
    /**
     * Metric kinds every gated item needs.
     */
    metrics?: string[];
    /**
     * Extra metric kinds for `ai: true` items.
     */
    ai_metrics?: string[];
    /**
     * Instrumentation kinds every gated item needs.
     */
    instrumentation?: string[];
    /**
     * Extra instrumentation kinds for `ai: true` items.
     */
    ai_instrumentation?: string[];
    /**
     * Instrumentation kinds that must carry a `signal` (a Prometheus query showing they are live) on a gated item (finding `signal-missing`).
     */
    signals?: string[];
  };
  /**
   * Who may sign off the risk review, and how.
   */
  sign_off?: {
    /**
     * Authorised reviewers (`@user` or `@org/team`); empty = anyone with write access.
     */
    reviewers?: Handle[];
    /**
     * Approving sign-offs a gated item needs.
     */
    min_approvals?: number;
    /**
     * A sign-off older than this is stale.
     */
    max_age_days?: number;
    /**
     * A sign-off counts only when backed by an approving GitHub review.
     */
    verify?: boolean;
  };
  /**
   * Checklist comments on issues.
   */
  issues?: {
    /**
     * Issues with any of these labels get a checklist comment.
     */
    labels?: string[];
  };
  /**
   * Pull request rules.
   */
  pull_requests?: {
    /**
     * Fail a PR that links no item (a `Roadmap: ID` line or `Closes #N`).
     */
    require_roadmap_link?: boolean;
    /**
     * Labels that exempt a PR from require_roadmap_link.
     */
    exempt_labels?: string[];
  };
  /**
   * Waiver limits.
   */
  waivers?: {
    /**
     * How far ahead a waiver may expire.
     */
    max_days?: number;
  };
  /**
   * block: failing check; warn: neutral check with the same findings.
   */
  enforcement?: "block" | "warn";
  /**
   * Input limits.
   */
  limits?: {
    /**
     * Largest item file read, in bytes.
     */
    max_file_bytes?: number;
  };
  /**
   * The error-budget gate: while a linked SLO has spent its error budget, new scope for the item waits. Prometheus's address is never set here: give it to the Action (`prometheus-url`), the App (`PROMETHEUS_URL`) or the CLI (`--prometheus-url`).
   */
  error_budget?: {
    /**
     * true: the gate is on (it also needs a Prometheus URL from the Action, App or CLI).
     */
    gate?: boolean;
    /**
     * Statuses whose items the gate holds to their error budget.
     */
    statuses?: ("proposed" | "planned" | "in_progress" | "launched" | "retired")[];
    /**
     * Fraction of the period's error budget that must remain, 0..1.
     */
    min_remaining?: number;
    /**
     * PromQL instant query for an SLO's remaining budget ratio; `{slo}`, `{service}` and `{item}` are replaced, escaped for PromQL strings.
     */
    query?: string;
    /**
     * The query per SLO format, for SLOs read from `slo.files`; a format not named here takes `query` when the policy sets it, else its own default: Sloth's and OpenSLO's (which Sloth reads) `slo:period_error_budget_remaining:ratio`, Pyrra's `pyrra_availability` and `pyrra_objective` (its generic rules).
     */
    queries?: {
      openslo?: BudgetQuery;
      sloth?: BudgetQuery1;
      pyrra?: BudgetQuery2;
    };
    /**
     * When Prometheus cannot answer: warn (a warning) or fail (an error).
     */
    unreachable?: "warn" | "fail";
    /**
     * Pull request labels that mark reliability work, which the gate lets through.
     */
    exempt_labels?: string[];
  };
  /**
   * Metrics linked to the SLOs the organisation runs (OpenSLO v1, Sloth, Pyrra): a metric's `slo:` is checked against these files.
   */
  slo?: {
    /**
     * Globs of SLO files (OpenSLO v1, Sloth `prometheus/v1` or `PrometheusServiceLevel`, Pyrra `ServiceLevelObjective`); several YAML documents per file are fine. Empty: no cross-check.
     */
    files?: string[];
    /**
     * Metric kinds that a gated item must link to an SLO with `slo:` (finding `slo-missing`).
     */
    require?: string[];
    /**
     * The window of Sloth SLOs, which Sloth specs do not carry (Sloth's `--default-slo-period`): NUMBER + h, d or w.
     */
    sloth_period?: string;
    /**
     * The OpenSLO/Sloth service of SLOs that `roadmap-gate slo` exports; empty: the item id in lower case.
     */
    service?: string;
  };
  /**
   * Live checks (SPEC section 9): compare items with Prometheus and GitHub. All are off by default. This version does not run them yet: a check turned on gets one warning saying so, and nothing is checked.
   */
  live?: {
    /**
     * Statuses whose items' instrumentation and objectives are checked live.
     */
    statuses?: ("proposed" | "planned" | "in_progress" | "launched" | "retired")[];
    /**
     * off, warn or fail: each `sli` query and instrumentation `signal` must return data.
     */
    instrumentation?: "off" | "warn" | "fail";
    /**
     * "Data" means at least one series with a sample this recent: NUMBER + h, d or w.
     */
    freshness?: string;
    /**
     * off, warn or fail: launched items measured against their objectives.
     */
    objectives?: "off" | "warn" | "fail";
    /**
     * off, warn or fail: handles resolve to real GitHub users and teams.
     */
    people?: "off" | "warn" | "fail";
    /**
     * For `people`: users must belong to the repository's organisation.
     */
    members_only?: boolean;
    /**
     * When Prometheus or GitHub cannot answer: warn (a warning) or fail (an error).
     */
    unreachable?: "warn" | "fail";
  };
}

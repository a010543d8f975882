/* Generated from schemas/roadmap-item.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * Who owns the item: `@user` or `@org/team`.
 */
export type Handle = string;
/**
 * A GitHub user (`@user`) or team (`@org/team`).
 */
export type Handle1 = string;
/**
 * A GitHub user (`@user`) or team (`@org/team`).
 */
export type Handle2 = string;
/**
 * A GitHub user (`@user`) or team (`@org/team`).
 */
export type Handle3 = string;
/**
 * The last day the external expertise is planned for; after it, an item that is not `retired` gets `knowledge-transfer-due`: the knowledge should now live in the team.
 */
export type Date = string;
/**
 * A GitHub user (`@user`) or team (`@org/team`).
 */
export type Handle4 = string;
/**
 * A GitHub user (`@user`) or team (`@org/team`).
 */
export type Handle5 = string;
/**
 * When the reviewer decided; not in the future, not older than sign_off.max_age_days.
 */
export type Date1 = string;
/**
 * A GitHub user (`@user`) or team (`@org/team`).
 */
export type Handle6 = string;
/**
 * Last day the waiver holds (at most waivers.max_days ahead).
 */
export type Date2 = string;

/**
 * One roadmap item (a feature or an AI capability) and how it will be executed safely. See the roadmap-gate README.
 */
export interface RoadmapItem {
  /**
   * The file format version: exactly `roadmap-gate/v1`.
   */
  apiVersion: "roadmap-gate/v1";
  /**
   * The item's id, unique across all item files.
   */
  id: string;
  /**
   * A short title.
   */
  title: string;
  owner: Handle;
  /**
   * proposed, planned, in_progress, launched or retired. Gated statuses (policy gate.statuses) need the full execution plan.
   */
  status: "proposed" | "planned" | "in_progress" | "launched" | "retired";
  /**
   * true for an AI capability: adds the drift_alerts metric and drift instrumentation.
   */
  ai?: boolean;
  /**
   * The tracking issue number in the same repository.
   */
  issue?: number;
  team?: Team;
  /**
   * Execution-safe slices, in order; the first is `slices[0]`.
   *
   * @minItems 1
   */
  slices?: [Slice, ...Slice[]];
  /**
   * Execution health metrics keyed by kind: pipeline_reliability, error_budget, latency, drift_alerts or a custom snake_case key.
   */
  metrics?: {
    pipeline_reliability?: Metric;
    error_budget?: Metric1;
    latency?: Metric2;
    drift_alerts?: Metric3;
    /**
     * Free for a team's own use.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: string]:
      | {
          [k: string]: unknown;
        }
      | Metric4
      | Metric
      | Metric1
      | Metric2
      | Metric3
      | undefined;
  };
  /**
   * Instrumentation keyed by kind: logging, failures, performance, drift, user_feedback or custom.
   */
  instrumentation?: {
    logging?: Instrumentation;
    failures?: Instrumentation1;
    performance?: Instrumentation2;
    drift?: Instrumentation3;
    user_feedback?: Instrumentation4;
    /**
     * Free for a team's own use.
     *
     * This interface was referenced by `undefined`'s JSON-Schema definition
     * via the `patternProperty` "^x-".
     */
    [k: string]:
      | {
          [k: string]: unknown;
        }
      | Instrumentation5
      | Instrumentation
      | Instrumentation1
      | Instrumentation2
      | Instrumentation3
      | Instrumentation4
      | undefined;
  };
  risk_review?: RiskReview;
  /**
   * Rules silenced for this item until they expire.
   */
  waivers?: Waiver[];
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `RoadmapItem`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | "roadmap-gate/v1"
    | string
    | "proposed"
    | "planned"
    | "in_progress"
    | "launched"
    | "retired"
    | boolean
    | number
    | Team
    | [Slice, ...Slice[]]
    | {
        pipeline_reliability?: Metric;
        error_budget?: Metric1;
        latency?: Metric2;
        drift_alerts?: Metric3;
        /**
         * Free for a team's own use.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: string]:
          | {
              [k: string]: unknown;
            }
          | Metric4
          | Metric
          | Metric1
          | Metric2
          | Metric3
          | undefined;
      }
    | {
        logging?: Instrumentation;
        failures?: Instrumentation1;
        performance?: Instrumentation2;
        drift?: Instrumentation3;
        user_feedback?: Instrumentation4;
        /**
         * Free for a team's own use.
         *
         * This interface was referenced by `undefined`'s JSON-Schema definition
         * via the `patternProperty` "^x-".
         */
        [k: string]:
          | {
              [k: string]: unknown;
            }
          | Instrumentation5
          | Instrumentation
          | Instrumentation1
          | Instrumentation2
          | Instrumentation3
          | Instrumentation4
          | undefined;
      }
    | RiskReview
    | Waiver[]
    | undefined;
}
/**
 * Who builds it and who knows the domain.
 */
export interface Team {
  /**
   * Handles of the domain experts (at least one).
   *
   * @minItems 1
   */
  domain_experts: [Handle1, ...Handle1[]];
  /**
   * Senior/junior pairings, each on an area.
   */
  pairings?: Pairing[];
  /**
   * External people or vendors, each with a plan to hand their knowledge to the team.
   */
  external?: External[];
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Team`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | [Handle1, ...Handle1[]]
    | Pairing[]
    | External[]
    | undefined;
}
/**
 * A senior paired with a junior on an area.
 */
export interface Pairing {
  senior: Handle2;
  junior: Handle3;
  /**
   * The area they pair on.
   */
  area: string;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Pairing`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | Handle2;
}
/**
 * An external contributor.
 */
export interface External {
  /**
   * The person, vendor or team outside.
   */
  who: string;
  /**
   * The plan to hand the knowledge to the team.
   */
  knowledge_transfer: string;
  until?: Date;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `External`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | undefined;
}
/**
 * An execution-safe slice that ships value on its own.
 */
export interface Slice {
  /**
   * kebab-case id, unique within the item.
   */
  id: string;
  /**
   * The independent value this slice ships.
   */
  value: string;
  /**
   * How the slice is tested and accepted.
   */
  acceptance: string;
  /**
   * Ids of earlier slices of this item that must ship first.
   *
   * Items: A slice id.
   */
  depends_on?: string[];
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Slice`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | string[]
    | undefined;
}
/**
 * Share of pipeline runs that succeed.
 */
export interface Metric {
  /**
   * The target: `[pNN ]OP NUMBER[UNIT]`, OP one of >=, <=, >, <, ==; UNIT one of %, ms, s, /hour, /day, /week, /month.
   */
  objective: string;
  /**
   * The period the objective is measured over: NUMBER + h, d or w.
   */
  window: string;
  /**
   * Where the metric is measured (dashboard, query, system).
   */
  source: string;
  /**
   * Where a breach is sent (pager, channel).
   */
  alert?: string;
  /**
   * The SLO this metric is held to, by name, in the policy's `slo.files`: OpenSLO or Pyrra `metadata.name`, Sloth `service/name` (or the bare name when it is unique). The objective and window must agree with it.
   */
  slo?: string;
  sli?: SLI;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Metric`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | SLI
    | undefined;
}
/**
 * How the metric is measured, for `roadmap-gate slo` to export: `{type, total, good | bad}` (a ratio) or `{type, query}` (a threshold metric). Prometheus queries are checked with PromQL's grammar.
 */
export interface SLI {
  /**
   * The metric source type, as OpenSLO's `metricSource.type`: `prometheus`, `datadog`, ...
   */
  type: string;
  /**
   * A ratio's query for all events.
   */
  total?: string;
  /**
   * A ratio's query for good events (or write `bad`).
   */
  good?: string;
  /**
   * A ratio's query for bad events (or write `good`).
   */
  bad?: string;
  /**
   * A threshold metric's query, whose value the objective bounds (e.g. a latency percentile).
   */
  query?: string;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `SLI`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | undefined;
}
/**
 * Allowed failures over the window.
 */
export interface Metric1 {
  /**
   * The target: `[pNN ]OP NUMBER[UNIT]`, OP one of >=, <=, >, <, ==; UNIT one of %, ms, s, /hour, /day, /week, /month.
   */
  objective: string;
  /**
   * The period the objective is measured over: NUMBER + h, d or w.
   */
  window: string;
  /**
   * Where the metric is measured (dashboard, query, system).
   */
  source: string;
  /**
   * Where a breach is sent (pager, channel).
   */
  alert?: string;
  /**
   * The SLO this metric is held to, by name, in the policy's `slo.files`: OpenSLO or Pyrra `metadata.name`, Sloth `service/name` (or the bare name when it is unique). The objective and window must agree with it.
   */
  slo?: string;
  sli?: SLI;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Metric`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | SLI
    | undefined;
}
/**
 * How fast it answers, e.g. p95 <= 300ms.
 */
export interface Metric2 {
  /**
   * The target: `[pNN ]OP NUMBER[UNIT]`, OP one of >=, <=, >, <, ==; UNIT one of %, ms, s, /hour, /day, /week, /month.
   */
  objective: string;
  /**
   * The period the objective is measured over: NUMBER + h, d or w.
   */
  window: string;
  /**
   * Where the metric is measured (dashboard, query, system).
   */
  source: string;
  /**
   * Where a breach is sent (pager, channel).
   */
  alert?: string;
  /**
   * The SLO this metric is held to, by name, in the policy's `slo.files`: OpenSLO or Pyrra `metadata.name`, Sloth `service/name` (or the bare name when it is unique). The objective and window must agree with it.
   */
  slo?: string;
  sli?: SLI;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Metric`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | SLI
    | undefined;
}
/**
 * Data or model drift alerts (AI items).
 */
export interface Metric3 {
  /**
   * The target: `[pNN ]OP NUMBER[UNIT]`, OP one of >=, <=, >, <, ==; UNIT one of %, ms, s, /hour, /day, /week, /month.
   */
  objective: string;
  /**
   * The period the objective is measured over: NUMBER + h, d or w.
   */
  window: string;
  /**
   * Where the metric is measured (dashboard, query, system).
   */
  source: string;
  /**
   * Where a breach is sent (pager, channel).
   */
  alert?: string;
  /**
   * The SLO this metric is held to, by name, in the policy's `slo.files`: OpenSLO or Pyrra `metadata.name`, Sloth `service/name` (or the bare name when it is unique). The objective and window must agree with it.
   */
  slo?: string;
  sli?: SLI;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Metric`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | SLI
    | undefined;
}
/**
 * An execution health metric the item is held to.
 */
export interface Metric4 {
  /**
   * The target: `[pNN ]OP NUMBER[UNIT]`, OP one of >=, <=, >, <, ==; UNIT one of %, ms, s, /hour, /day, /week, /month.
   */
  objective: string;
  /**
   * The period the objective is measured over: NUMBER + h, d or w.
   */
  window: string;
  /**
   * Where the metric is measured (dashboard, query, system).
   */
  source: string;
  /**
   * Where a breach is sent (pager, channel).
   */
  alert?: string;
  /**
   * The SLO this metric is held to, by name, in the policy's `slo.files`: OpenSLO or Pyrra `metadata.name`, Sloth `service/name` (or the bare name when it is unique). The objective and window must agree with it.
   */
  slo?: string;
  sli?: SLI;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Metric`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Metric4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | SLI
    | undefined;
}
/**
 * Logs, from the first slice.
 */
export interface Instrumentation {
  /**
   * How the signal is captured.
   */
  how: string;
  /**
   * The id of the slice that ships it; `logging` and `failures` must start with the first slice.
   */
  from_slice: string;
  signal?: Signal;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Instrumentation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation5`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | Signal
    | undefined;
}
/**
 * A Prometheus query that shows this instrumentation exists (e.g. a log-derived counter or `up{job="checkout"}`), checked with PromQL's grammar. The policy's `gate.signals` lists kinds that must carry one.
 */
export interface Signal {
  /**
   * Where the signal is queried: `prometheus`.
   */
  type: "prometheus";
  /**
   * A PromQL query that returns at least one series while the instrumentation works.
   */
  query: string;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Signal`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | "prometheus"
    | string;
}
/**
 * Failure capture, from the first slice.
 */
export interface Instrumentation1 {
  /**
   * How the signal is captured.
   */
  how: string;
  /**
   * The id of the slice that ships it; `logging` and `failures` must start with the first slice.
   */
  from_slice: string;
  signal?: Signal;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Instrumentation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation5`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | Signal
    | undefined;
}
/**
 * Performance measurement.
 */
export interface Instrumentation2 {
  /**
   * How the signal is captured.
   */
  how: string;
  /**
   * The id of the slice that ships it; `logging` and `failures` must start with the first slice.
   */
  from_slice: string;
  signal?: Signal;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Instrumentation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation5`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | Signal
    | undefined;
}
/**
 * Drift detection (AI items).
 */
export interface Instrumentation3 {
  /**
   * How the signal is captured.
   */
  how: string;
  /**
   * The id of the slice that ships it; `logging` and `failures` must start with the first slice.
   */
  from_slice: string;
  signal?: Signal;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Instrumentation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation5`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | Signal
    | undefined;
}
/**
 * How user feedback is collected.
 */
export interface Instrumentation4 {
  /**
   * How the signal is captured.
   */
  how: string;
  /**
   * The id of the slice that ships it; `logging` and `failures` must start with the first slice.
   */
  from_slice: string;
  signal?: Signal;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Instrumentation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation5`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | Signal
    | undefined;
}
/**
 * How one kind of signal is captured, and from which slice on.
 */
export interface Instrumentation5 {
  /**
   * How the signal is captured.
   */
  how: string;
  /**
   * The id of the slice that ships it; `logging` and `failures` must start with the first slice.
   */
  from_slice: string;
  signal?: Signal;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Instrumentation`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation1`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation2`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation3`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation4`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   *
   * This interface was referenced by `Instrumentation5`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | Signal
    | undefined;
}
/**
 * The execution risk review and its sign-offs.
 */
export interface RiskReview {
  /**
   * At least one execution risk.
   *
   * @minItems 1
   */
  risks: [Risk, ...Risk[]];
  /**
   * Reviewers' decisions.
   */
  sign_off?: SignOff[];
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `RiskReview`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | [Risk, ...Risk[]]
    | SignOff[]
    | undefined;
}
/**
 * One execution risk, with its mitigation.
 */
export interface Risk {
  /**
   * An id for the risk, unique within the item.
   */
  id: string;
  /**
   * What could go wrong.
   */
  description: string;
  /**
   * How likely: low, medium or high.
   */
  likelihood: "low" | "medium" | "high";
  /**
   * How bad if it happens: low, medium or high.
   */
  impact: "low" | "medium" | "high";
  /**
   * What reduces the likelihood or impact.
   */
  mitigation: string;
  owner?: Handle4;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Risk`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string
    | "low"
    | "medium"
    | "high"
    | undefined;
}
/**
 * A reviewer's decision on the execution risk review. On GitHub it counts only when backed by the reviewer's approving review.
 */
export interface SignOff {
  reviewer: Handle5;
  date: Date1;
  /**
   * approved, approved_with_conditions (then `conditions` is required) or rejected.
   */
  decision: "approved" | "approved_with_conditions" | "rejected";
  /**
   * The conditions of an approved_with_conditions decision.
   */
  conditions?: string;
  /**
   * The reviewer's role in the review.
   */
  role?: string;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `SignOff`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | Handle5
    | "approved"
    | "approved_with_conditions"
    | "rejected"
    | undefined;
}
/**
 * Silences one rule for this item until it expires; shown in every report. Sign-off rules cannot be waived.
 */
export interface Waiver {
  /**
   * The rule id to silence.
   */
  rule: string;
  /**
   * Why the rule is waived.
   */
  reason: string;
  approved_by: Handle6;
  expires: Date2;
  /**
   * Free for a team's own use.
   *
   * This interface was referenced by `Waiver`'s JSON-Schema definition
   * via the `patternProperty` "^x-".
   */
  [k: string]:
    | {
        [k: string]: unknown;
      }
    | string;
}

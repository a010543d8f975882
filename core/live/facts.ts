import type { PathSegment } from "../parse/source-position.js";
import type { Reads } from "./objective-plan.js";

/**
 * What Prometheus says about the items the live checks apply to (SPEC section 9.1 and 9.2),
 * fetched through the port by gather-live-facts.ts, so that the rules that judge it are pure.
 * Plain data: it crosses to worker threads.
 */
export interface LiveFacts {
  /** Each item file's queries that must return data (instrumentation-no-data). */
  signals: ReadonlyMap<string, readonly SignalTarget[]>;
  /** Each launched item file's metrics measured against their objectives. */
  objectives: ReadonlyMap<string, readonly ObjectiveTarget[]>;
  /** The reading of each query text (asked once, whichever items share it). */
  readings: ReadonlyMap<string, LiveReading>;
  /** No Prometheus URL was given to a check set to `fail`: each unanswered query is an error. */
  noPrometheus?: boolean;
}

/** One `sli` query or instrumentation `signal` that must return at least one series. */
export interface SignalTarget {
  /** Where the query is written in the item: the finding sits at its value. */
  path: PathSegment[];
  /** The query as asked, `{{.window}}` replaced by `live.freshness`. */
  query: string;
}

/** One metric of a launched item, measured over its own window. */
export interface ObjectiveTarget {
  kind: string;
  objective: string;
  window: string;
  /** The query as asked; absent when the objective cannot be compared (see `problem`). */
  query?: string;
  reads?: Reads;
  /** Why the metric cannot be compared with its objective, when it cannot. */
  problem?: string;
}

/** What one query returned: how many series, and the value when there is exactly one. */
export type LiveReading =
  { kind: "answered"; series: number; value?: string } | { kind: "unanswered"; reason: string };

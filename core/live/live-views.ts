import type { LiveDataView, MeasuredView } from "../report.js";
import { readObjective } from "../slo/objective.js";
import type { LiveFacts } from "./facts.js";
import { objectiveReadings } from "./objective-reading.js";

/** What the live checks found for one item file, for the reports. */
export interface LiveViews {
  /** By metric kind. */
  measured: ReadonlyMap<string, MeasuredView>;
  /** By metric kind: whether every sli query of the metric returned data. */
  data: ReadonlyMap<string, "yes" | "no" | "unknown">;
  /** Every query the instrumentation check ran; absent when it did not look at this item. */
  instrumentation?: LiveDataView[];
}

const NONE: LiveViews = { measured: new Map(), data: new Map() };

/** The same numbers the rules judged: the report shows what the gate used. */
export function liveViews(facts: LiveFacts | undefined, file: string): LiveViews {
  if (!facts) return NONE;
  const measured = new Map<string, MeasuredView>();
  for (const reading of objectiveReadings(facts, file)) {
    const { kind, window, objective } = reading.target;
    const unit = readObjective(objective)?.unit ?? "";
    measured.set(
      kind,
      "reason" in reading
        ? { window, unit, state: "unmeasured", reason: reading.reason }
        : {
            window,
            unit,
            state: reading.meets ? "met" : "breached",
            value: reading.value,
            shown: reading.shown,
          },
    );
  }
  const data = new Map<string, "yes" | "no" | "unknown">();
  const targets = facts.signals.get(file);
  const instrumentation: LiveDataView[] = [];
  for (const target of targets ?? []) {
    const [root, kind] = target.path;
    if (typeof kind !== "string") continue;
    const reading = facts.readings.get(target.query);
    const now = reading?.kind !== "answered" ? "unknown" : reading.series > 0 ? "yes" : "no";
    instrumentation.push({
      source: root === "metrics" ? "metric" : "signal",
      kind,
      query: target.query,
      state: now === "yes" ? "data" : now === "no" ? "no-data" : "unknown",
      ...(reading?.kind === "unanswered" ? { reason: reading.reason } : {}),
    });
    if (root !== "metrics") continue;
    // A metric has data when every one of its queries does; "no" outweighs "unknown".
    const before = data.get(kind);
    data.set(kind, before === "no" || now === "no" ? "no" : before === "unknown" ? "unknown" : now);
  }
  return targets === undefined ? { measured, data } : { measured, data, instrumentation };
}

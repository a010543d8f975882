import type { MeasuredView } from "../report.js";
import type { LiveFacts } from "./facts.js";
import { objectiveReadings } from "./objective-reading.js";

/** What the live checks found for one item file, by metric kind, for the reports. */
export interface LiveViews {
  measured: ReadonlyMap<string, MeasuredView>;
  data: ReadonlyMap<string, "yes" | "no" | "unknown">;
}

const NONE: LiveViews = { measured: new Map(), data: new Map() };

/** The same numbers the rules judged: the report shows what the gate used. */
export function liveViews(facts: LiveFacts | undefined, file: string): LiveViews {
  if (!facts) return NONE;
  const measured = new Map<string, MeasuredView>();
  for (const reading of objectiveReadings(facts, file)) {
    const { kind, window } = reading.target;
    measured.set(
      kind,
      "reason" in reading
        ? { window, state: "unmeasured", reason: reading.reason }
        : { window, state: reading.meets ? "met" : "breached", value: reading.shown },
    );
  }
  const data = new Map<string, "yes" | "no" | "unknown">();
  for (const target of facts.signals.get(file) ?? []) {
    const [root, kind] = target.path;
    if (root !== "metrics" || typeof kind !== "string") continue;
    const reading = facts.readings.get(target.query);
    const now = reading?.kind !== "answered" ? "unknown" : reading.series > 0 ? "yes" : "no";
    // A metric has data when every one of its queries does; "no" outweighs "unknown".
    const before = data.get(kind);
    data.set(kind, before === "no" || now === "no" ? "no" : before === "unknown" ? "unknown" : now);
  }
  return { measured, data };
}

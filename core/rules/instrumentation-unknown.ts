import { displayPath } from "../item/display-path.js";
import { unansweredLevel } from "../live/live-levels.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "instrumentation-unknown",
  "warning",
  "Prometheus did not answer an `sli` query or instrumentation `signal` that `live.instrumentation` runs (an error with `live.unreachable: fail`).",
  true,
  {
    example: [
      "# policy: live: { instrumentation: warn }; Prometheus does not answer within 5 s",
      "instrumentation:",
      "  failures:",
      "    how: Sentry",
      "    from_slice: first-slice",
      "    signal: { type: prometheus, query: 'up{job=\"reorder-api\"}' }",
    ],
    fix: "Check that Prometheus is reachable from the surface (its URL, token and network) and answers the query within 5 s. Nothing was learnt about the instrumentation: the check never reads silence as data.",
  },
);

/** The live check never reads a missing answer as data: each one is said. */
export const instrumentationUnknown: ItemRule = {
  meta: rule,
  check(ctx) {
    const facts = ctx.live;
    for (const target of facts?.signals.get(ctx.file) ?? []) {
      const reading = facts!.readings.get(target.query);
      if (reading?.kind === "answered") continue;
      ctx.report({
        path: target.path,
        level: unansweredLevel(facts!, ctx.policy),
        message: `Whether ${displayPath(target.path)} of ${ctx.label} returns data is unknown: ${reading?.reason ?? "it was not asked"}`,
        hint: "Check that Prometheus is reachable from the surface and answers this query (live.unreachable: fail makes this an error).",
      });
    }
  },
};

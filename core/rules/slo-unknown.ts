import { resolvedLinks } from "../slo/linked-metrics.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta("slo-unknown", "error", "A metric's `slo` names no SLO in `slo.files`.", true, {
  example: [
    "metrics:",
    "  error_budget:",
    '    objective: "<= 0.1%"',
    "    window: 28d",
    "    source: prometheus",
    "    slo: payments/request-availability # the SLO is named requests-availability",
  ],
  fix: "Name an SLO that `slo.files` defines; the hint lists the nearest names. Sloth SLOs are `service/name` (or the bare name when it is unique), OpenSLO and Pyrra SLOs their `metadata.name`.",
});

export const sloUnknown: ItemRule = {
  meta: rule,
  check(ctx) {
    const index = ctx.slos;
    if (!index) return;
    for (const { kind, slo, resolution: found } of resolvedLinks(ctx.data, index)) {
      if (found.kind !== "unknown") continue;
      ctx.report({
        path: ["metrics", kind, "slo"],
        message: `metrics.${kind} links SLO \`${slo}\`, which no SLO file defines (${index.size} ${index.size === 1 ? "SLO" : "SLOs"} in slo.files)`,
        hint:
          found.nearest.length > 0
            ? `Nearest SLO names: ${found.nearest.join(", ")}.`
            : "Check the name (OpenSLO/Pyrra metadata.name, Sloth `service/name`), or add its file to slo.files.",
      });
    }
  },
};

import { resolvedLinks } from "../slo/linked-metrics.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta("slo-ambiguous", "error", "A metric's `slo` matches more than one SLO.", true, {
  example: [
    "metrics:",
    "  error_budget:",
    '    objective: "<= 0.1%"',
    "    window: 28d",
    "    source: prometheus",
    "    slo: availability # Sloth services checkout and payments both have an SLO of that name",
  ],
  fix: "Write `service/name` (`checkout/availability`) to say which SLO the metric promises.",
});

export const sloAmbiguous: ItemRule = {
  meta: rule,
  check(ctx) {
    const index = ctx.slos;
    if (!index) return;
    for (const { kind, slo, resolution: found } of resolvedLinks(ctx.data, index)) {
      if (found.kind !== "ambiguous") continue;
      const shown = found.matches.slice(0, 5);
      const places = shown.map((s) => `${s.file}:${s.line}`).join(", ");
      const more =
        found.matches.length > shown.length
          ? ` and ${found.matches.length - shown.length} more`
          : "";
      const qualified = found.matches.find((s) => s.service !== undefined);
      ctx.report({
        path: ["metrics", kind, "slo"],
        message: `metrics.${kind} links SLO \`${slo}\`, which ${found.matches.length} SLOs are named: ${places}${more}`,
        hint: qualified
          ? `Write the SLO as \`service/name\`, e.g. \`${qualified.service}/${qualified.name}\`, or give the SLOs distinct names.`
          : "Give the SLOs distinct names: one name, one SLO.",
      });
    }
  },
};

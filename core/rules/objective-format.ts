import { meta, patternRule } from "./rule.js";

/** A pattern that names this rule (`"$comment": "rule: objective-format"` in the schema). */
export const objectiveFormat = patternRule({
  meta: meta(
    "objective-format",
    "error",
    "An objective outside the `[pNN ]OP NUMBER[UNIT]` grammar.",
    true,
    {
      example: ["metrics:", '  latency: { objective: "fast enough", window: 7d, source: grafana }'],
      fix: 'Write `[pNN ]OP NUMBER[UNIT]`, e.g. `">= 99.5%"`, `"p95 <= 300ms"` or `"<= 2/week"`.',
    },
  ),
  says: (at, shown) => `${at} ${shown} does not read as an objective`,
  hint: 'Write `[pNN ]OP NUMBER[UNIT]`, e.g. ">= 99.5%", "p95 <= 300ms" or "<= 2/week".',
});

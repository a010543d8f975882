import { meta, patternRule } from "./rule.js";

/** A pattern that names this rule (`"$comment": "rule: window-format"` in the schema). */
export const windowFormat = patternRule({
  meta: meta("window-format", "error", "A window that is not NUMBER + h, d or w.", true, {
    example: [
      "metrics:",
      '  latency: { objective: "p95 <= 300ms", window: 7 days, source: grafana }',
    ],
    fix: "Write NUMBER + h, d or w: `7d`, `24h`, `4w`.",
  }),
  says: (at, shown) => `${at} ${shown} is not a window`,
  hint: "Write NUMBER + h, d or w, e.g. 28d.",
});

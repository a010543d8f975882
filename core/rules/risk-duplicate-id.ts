import { meta, type ItemRule } from "./rule.js";
import { list, record, text } from "../data/read.js";

const rule = meta("risk-duplicate-id", "warning", "Two risks of an item share an id.", true, {
  example: [
    "risk_review:",
    "  risks:",
    "    - { id: R1, description: Drift, likelihood: medium, impact: high, mitigation: Alerts }",
    "    - { id: R1, description: Cost, likelihood: low, impact: medium, mitigation: Quotas }",
  ],
  fix: "Give each risk its own id.",
});

export const riskDuplicateId: ItemRule = {
  meta: rule,
  check(ctx) {
    const seen = new Set<string>();
    list(record(ctx.data.risk_review)?.risks).forEach((risk, i) => {
      const id = text(record(risk)?.id);
      if (id === undefined) return;
      if (seen.has(id))
        ctx.report({
          path: ["risk_review", "risks", i, "id"],
          message: `Risk id \`${id}\` is used twice in ${ctx.label}`,
          hint: "Give each risk its own id.",
        });
      seen.add(id);
    });
  },
};

import { meta, type ItemRule } from "./rule.js";
import { has, record } from "../data/read.js";

const rule = meta(
  "team-missing",
  "error",
  "A gated item has no `team` (owner's domain experts).",
  true,
  {
    example: ["id: FEAT-142", "status: planned", "# no team"],
    fix: 'Add `team` with `domain_experts: ["@expert"]`, the people who know the domain (and, where they help, `pairings` and `external`).',
  },
);

export const teamMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated || (has(ctx.data, "team") && record(ctx.data.team))) return;
    ctx.report({
      path: [],
      message: `${ctx.label} is \`${String(ctx.data.status)}\` but has no \`team\``,
      hint: 'Add team.domain_experts: ["@expert"], the people who know the domain.',
    });
  },
};

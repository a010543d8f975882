import { meta, type ItemRule } from "./rule.js";
import { has, record } from "./read.js";

const team = meta("team-missing", "error", "A gated item has no `team` (owner's domain experts).");
const slices = meta("slices-missing", "error", "A gated item has no `slices`.");
/** Not waivable: a waiver must never stand in for the risk review itself. */
const riskReview = meta(
  "risk-review-missing",
  "error",
  "A gated item has no `risk_review`.",
  false,
);

/** Gated items need the sections of an execution plan; proposed and retired items do not. */
export const gateSections: ItemRule = {
  meta: [team, slices, riskReview],
  check(ctx) {
    if (!ctx.gated) return;
    const status = String(ctx.data.status);
    if (!has(ctx.data, "team") || !record(ctx.data.team))
      ctx.report(team, {
        path: [],
        message: `${ctx.label} is \`${status}\` but has no \`team\``,
        hint: 'Add team.domain_experts: ["@expert"], the people who know the domain.',
      });
    if (!has(ctx.data, "slices"))
      ctx.report(slices, {
        path: [],
        message: `${ctx.label} is \`${status}\` but has no \`slices\``,
        hint: "Add slices: a list of {id, value, acceptance}, each shipping value on its own.",
      });
    if (!has(ctx.data, "risk_review"))
      ctx.report(riskReview, {
        path: [],
        message: `${ctx.label} is \`${status}\` but has no \`risk_review\``,
        hint: "Add risk_review with risks and a sign_off by an authorised reviewer.",
      });
  },
};

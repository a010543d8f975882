import { dayNumber } from "../dates.js";
import { meta, type ItemRule } from "./rule.js";
import { list, record, text } from "../data/read.js";

const rule = meta(
  "knowledge-transfer-due",
  "warning",
  "An external contributor's `until` date has passed on an item that is not `retired`.",
  true,
  {
    example: [
      "team:",
      '  domain_experts: ["@maria"]',
      "  external:",
      '    - { who: Acme ML consultants, knowledge_transfer: Pairing and a runbook, until: "2026-10-31" } # today is 2026-11-25',
    ],
    fix: "External expertise is temporary: once `until` has passed, the knowledge should live in the team. Move it to `domain_experts` (or pairings), then remove the external entry; or, if the engagement was extended, write its new end date in `until`.",
  },
);

/** After `until` (today is later), as the evaluation's "today" judges sign-off dates. */
export const knowledgeTransferDue: ItemRule = {
  meta: rule,
  check(ctx) {
    if (text(ctx.data.status) === "retired") return;
    const today = dayNumber(ctx.today);
    if (today === undefined) return;
    list(record(ctx.data.team)?.external).forEach((entry, i) => {
      const external = record(entry);
      const until = text(external?.until);
      const last = until === undefined ? undefined : dayNumber(until);
      if (last === undefined || today <= last) return;
      const who = text(external?.who) ?? `team.external[${i}]`;
      ctx.report({
        path: ["team", "external", i, "until"],
        message: `${who}'s engagement on ${ctx.label} ended on ${until} (today is ${ctx.today}): the knowledge should now live in the team`,
        hint: "Move the knowledge to domain_experts or a pairing and remove the external entry, or write the extended end date in until.",
      });
    });
  },
};

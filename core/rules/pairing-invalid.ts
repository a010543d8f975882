import { meta, type ItemRule } from "./rule.js";
import { list, login, record, text } from "../data/read.js";

const rule = meta(
  "pairing-invalid",
  "error",
  "A pairing of one person with themself, or whose senior is a junior elsewhere in the same area.",
  true,
  {
    example: [
      "team:",
      '  domain_experts: ["@maria"]',
      "  pairings:",
      '    - { senior: "@maria", junior: "@Maria", area: feature store }',
    ],
    fix: "Pair two different people, and do not make a senior of an area someone who is a junior in that same area: name the person who actually teaches the area as the senior.",
  },
);

/** Areas compare trimmed and case-insensitively, as handles do: "Feature store" is "feature store". */
const areaKey = (area: string) => area.trim().toLowerCase();

export const pairingInvalid: ItemRule = {
  meta: rule,
  check(ctx) {
    const pairings = list(record(ctx.data.team)?.pairings).map((p) => {
      const pairing = record(p);
      const senior = text(pairing?.senior);
      const junior = text(pairing?.junior);
      const area = text(pairing?.area);
      return { senior, junior, area };
    });
    // Each junior's pairings by area, so that each senior is looked up once: linear in pairings.
    const juniors = new Map<string, number[]>();
    pairings.forEach(({ junior, area }, i) => {
      if (junior === undefined || area === undefined) return;
      const key = `${areaKey(area)}\n${login(junior)}`;
      const at = juniors.get(key);
      if (at) at.push(i);
      else juniors.set(key, [i]);
    });
    pairings.forEach(({ senior, junior, area }, i) => {
      if (senior === undefined) return;
      const path = ["team", "pairings", i];
      if (junior !== undefined && login(senior) === login(junior)) {
        ctx.report({
          path,
          message: `team.pairings[${i}] of ${ctx.label} pairs ${senior} with themself`,
          hint: "A pairing needs two different people: name the junior who learns from this senior.",
        });
        return;
      }
      if (area === undefined) return;
      const other = juniors.get(`${areaKey(area)}\n${login(senior)}`)?.find((j) => j !== i);
      if (other === undefined) return;
      ctx.report({
        path,
        message: `${senior} is the senior of team.pairings[${i}] in "${area}" but the junior of team.pairings[${other}] in the same area of ${ctx.label}`,
        hint: "Name as senior someone who already knows the area, not one of its juniors.",
      });
    });
  },
};

import { dayNumber } from "../dates.js";
import { displayPath } from "../item/display-path.js";
import type { PathSegment } from "../parse/source-position.js";
import { list, record, text } from "../data/read.js";
import { meta, patternRule, type ItemRule, type SchemaRule } from "./rule.js";

const rule = meta("date-format", "error", "A date that is not an ISO date (YYYY-MM-DD).", false, {
  example: [
    "risk_review:",
    "  sign_off:",
    '    - { reviewer: "@sam", role: SRE, date: "02/11/2026", decision: approved }',
  ],
  fix: 'Write the date as `"YYYY-MM-DD"`, quoted, and a day that exists (`"2026-02-30"` is not one).',
});

const ISO = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/**
 * The schema's date pattern names this rule for a date that is not written YYYY-MM-DD; the check
 * says what the pattern cannot: that the day exists ("2026-02-30" does not). Without
 * it, such a sign-off silently does not count and such a waiver silently does nothing.
 */
export const dateFormat: ItemRule & SchemaRule = {
  ...patternRule({
    meta: rule,
    says: (at, shown) => `${at} ${shown} is not an ISO date`,
    hint: 'Write the date as "YYYY-MM-DD", quoted.',
  }),
  check(ctx) {
    const dates: { path: PathSegment[]; value: unknown }[] = [
      ...list(record(ctx.data.risk_review)?.sign_off).map((s, i) => ({
        path: ["risk_review", "sign_off", i, "date"],
        value: record(s)?.date,
      })),
      ...list(record(ctx.data.team)?.external).map((e, i) => ({
        path: ["team", "external", i, "until"],
        value: record(e)?.until,
      })),
      ...list(ctx.data.waivers).map((w, i) => ({
        path: ["waivers", i, "expires"],
        value: record(w)?.expires,
      })),
    ];
    for (const { path, value } of dates) {
      const date = text(value);
      if (date === undefined || !ISO.test(date) || dayNumber(date) !== undefined) continue;
      ctx.report({
        path,
        message: `\`${displayPath(path)}\` in ${ctx.label} "${date}" is not a real date`,
        hint: 'Write a day that exists, as "YYYY-MM-DD", quoted.',
      });
    }
  },
};

import { instrumentationStarts } from "../item/instrumentation-starts.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "instrumentation-not-day-one",
  "error",
  "`logging` or `failures` does not start with the first slice.",
  true,
  {
    example: [
      "slices:",
      "  - { id: shadow-scoring, value: Scores are logged, acceptance: Logs complete for 7 days }",
      "  - { id: preview, value: Staff see suggestions, acceptance: E2E test }",
      "instrumentation:",
      "  logging: { how: Structured JSON logs, from_slice: preview }",
    ],
    fix: "Ship `logging` and `failures` from day one: set their `from_slice` to the first slice (`slices[0]`).",
  },
);

/** Logging and failures must exist from day one: the first slice ships them. */
const DAY_ONE = ["logging", "failures"];

export const instrumentationNotDayOne: ItemRule = {
  meta: rule,
  check(ctx) {
    const read = instrumentationStarts(ctx.data);
    if (!read) return;
    const { starts, sliceIds } = read;
    const first = sliceIds[0];
    for (const { kind, fromSlice } of starts) {
      if (!DAY_ONE.includes(kind) || !sliceIds.includes(fromSlice) || fromSlice === first) continue;
      ctx.report({
        path: ["instrumentation", kind, "from_slice"],
        message: `instrumentation.${kind} starts with slice \`${fromSlice}\`, not the first slice \`${first}\``,
        hint: `Ship ${kind} from day one: set from_slice: ${first}.`,
      });
    }
  },
};

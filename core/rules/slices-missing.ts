import { meta, type ItemRule } from "./rule.js";
import { has } from "../data/read.js";

const rule = meta("slices-missing", "error", "A gated item has no `slices`.", true, {
  example: ["id: FEAT-142", "status: planned", "# no slices"],
  fix: "Add `slices`: a list of `{id, value, acceptance}`, each shipping value on its own.",
});

export const slicesMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated || has(ctx.data, "slices")) return;
    ctx.report({
      path: [],
      message: `${ctx.label} is \`${String(ctx.data.status)}\` but has no \`slices\``,
      hint: "Add slices: a list of {id, value, acceptance}, each shipping value on its own.",
    });
  },
};

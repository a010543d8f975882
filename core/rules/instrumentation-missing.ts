import { meta, type ItemRule } from "./rule.js";
import { has, record } from "../data/read.js";

const rule = meta(
  "instrumentation-missing",
  "error",
  "A gated item lacks an instrumentation kind the policy requires.",
  true,
  {
    example: [
      "status: planned",
      "instrumentation: # no failures",
      "  logging: { how: Structured JSON logs with order id, from_slice: shadow-scoring }",
    ],
    fix: "Add the kind under `instrumentation`, with `how` it is captured and `from_slice`, the slice that ships it. The policy's `gate.instrumentation` lists the kinds every gated item needs, and `gate.ai_instrumentation` those an `ai: true` item adds.",
  },
);

export const instrumentationMissing: ItemRule = {
  meta: rule,
  check(ctx) {
    if (!ctx.gated) return;
    const required = [
      ...ctx.policy.gate.instrumentation,
      ...(ctx.ai ? ctx.policy.gate.ai_instrumentation : []),
    ];
    const instrumentation = record(ctx.data.instrumentation);
    for (const kind of required) {
      if (has(instrumentation, kind)) continue;
      ctx.report({
        path: instrumentation ? ["instrumentation"] : [],
        target: "key",
        message: `${ctx.label} is \`${String(ctx.data.status)}\` but has no \`${kind}\` instrumentation`,
        hint: `Add instrumentation.${kind} with how it is captured and from_slice: the slice that ships it.`,
      });
    }
  },
};

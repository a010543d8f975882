import { instrumentationStarts } from "../item/instrumentation-starts.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta(
  "instrumentation-slice-unknown",
  "error",
  "`from_slice` names a slice the item does not have.",
  true,
  {
    example: [
      "instrumentation:",
      "  performance: { how: OpenTelemetry spans, from_slice: shadow } # the slice is shadow-scoring",
    ],
    fix: "Name a slice the item has in `from_slice`.",
  },
);

export const instrumentationSliceUnknown: ItemRule = {
  meta: rule,
  check(ctx) {
    const read = instrumentationStarts(ctx.data);
    if (!read) return;
    const { starts, sliceIds } = read;
    for (const { kind, fromSlice } of starts) {
      if (sliceIds.includes(fromSlice)) continue;
      ctx.report({
        path: ["instrumentation", kind, "from_slice"],
        message: `instrumentation.${kind} starts from slice \`${fromSlice}\`, which ${ctx.label} does not have`,
        hint: sliceIds.length
          ? `Use one of: ${sliceIds.join(", ")}.`
          : "Add the slice to `slices`.",
      });
    }
  },
};

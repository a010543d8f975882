import { forEachDependency, sliceIndex } from "../slice/slice-index.js";
import { meta, type ItemRule } from "./rule.js";
import { text } from "../data/read.js";

const rule = meta(
  "slice-dependency-order",
  "warning",
  "A slice depends on a slice listed after it.",
  true,
  {
    example: [
      "slices:",
      "  - { id: ui, value: The export button, acceptance: E2E test, depends_on: [api] }",
      "  - { id: api, value: The export API, acceptance: Contract tests }",
    ],
    fix: "List slices in the order they ship: move the dependency earlier.",
  },
);

export const sliceDependencyOrder: ItemRule = {
  meta: rule,
  check(ctx) {
    const { slices, index } = sliceIndex(ctx.data);
    forEachDependency(slices, (i, j, dep) => {
      const target = index.get(dep);
      if (target === undefined || target <= i) return;
      ctx.report({
        path: ["slices", i, "depends_on", j],
        message: `Slice \`${text(slices[i]?.id) ?? i}\` depends on \`${dep}\`, which comes later`,
        hint: "List slices in the order they ship: move the dependency earlier.",
      });
    });
  },
};

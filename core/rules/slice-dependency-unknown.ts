import { forEachDependency, sliceIndex } from "../slice/slice-index.js";
import { meta, type ItemRule } from "./rule.js";
import { text } from "../data/read.js";

const rule = meta(
  "slice-dependency-unknown",
  "error",
  "`depends_on` names a slice the item does not have.",
  true,
  {
    example: [
      "slices:",
      "  - id: shadow-scoring",
      "    value: Scores are computed and logged for every order",
      "    acceptance: Shadow logs complete for 7 days",
      "  - id: read-only-preview",
      "    value: Staff see suggestions in the admin panel",
      "    acceptance: Preview renders for every seeded account",
      "    depends_on: [shadow-scores]",
    ],
    fix: "Name a slice the item has; the hint lists them (the first 20).",
  },
);

export const sliceDependencyUnknown: ItemRule = {
  meta: rule,
  check(ctx) {
    const { slices, index } = sliceIndex(ctx.data);
    let known: string | undefined;
    forEachDependency(slices, (i, j, dep) => {
      if (index.has(dep)) return;
      const id = text(slices[i]?.id);
      ctx.report({
        path: ["slices", i, "depends_on", j],
        message: `Slice \`${id ?? i}\` depends on \`${dep}\`, which ${ctx.label} does not have`,
        hint: `Use one of: ${(known ??= knownIds(index))}.`,
      });
    });
  },
};

/** The ids a dependency may name, said once: a hint per unknown dependency must not list 30,000. */
function knownIds(index: Map<string, number>): string {
  const ids = [...index.keys()];
  const shown = ids.slice(0, MAX_IDS_SHOWN).join(", ");
  return ids.length > MAX_IDS_SHOWN ? `${shown} (and ${ids.length - MAX_IDS_SHOWN} more)` : shown;
}

const MAX_IDS_SHOWN = 20;

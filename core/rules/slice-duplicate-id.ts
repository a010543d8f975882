import { meta, type ItemRule } from "./rule.js";
import { list, record, text } from "../data/read.js";

const rule = meta("slice-duplicate-id", "error", "Two slices of an item share an id.", true, {
  example: [
    "slices:",
    "  - { id: preview, value: Staff see suggestions, acceptance: E2E test of the admin panel }",
    "  - { id: preview, value: Customers see suggestions, acceptance: E2E test of the checkout }",
  ],
  fix: "Give each slice its own id, and check which one each `depends_on` and `from_slice` means.",
});

export const sliceDuplicateId: ItemRule = {
  meta: rule,
  check(ctx) {
    const seen = new Set<string>();
    list(ctx.data.slices).forEach((slice, i) => {
      const id = text(record(slice)?.id);
      if (id === undefined) return;
      if (seen.has(id)) {
        ctx.report({
          path: ["slices", i, "id"],
          message: `Slice id \`${id}\` is used twice in ${ctx.label}`,
          hint: "Give each slice its own id.",
        });
      } else seen.add(id);
    });
  },
};

import { meta, type ItemRule } from "./rule.js";
import { list, record, text } from "./read.js";

const rule = meta("slice-duplicate-id", "error", "Two slices of an item share an id.");

export const sliceDuplicateId: ItemRule = {
  meta: rule,
  check(ctx) {
    const seen = new Set<string>();
    list(ctx.data.slices).forEach((slice, i) => {
      const id = text(record(slice)?.id);
      if (id === undefined) return;
      if (seen.has(id)) {
        ctx.report(rule, {
          path: ["slices", i, "id"],
          message: `Slice id \`${id}\` is used twice in ${ctx.label}`,
          hint: "Give each slice its own id.",
        });
      } else seen.add(id);
    });
  },
};

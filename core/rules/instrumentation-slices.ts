import { meta, type ItemRule } from "./rule.js";
import { list, ownKeys, record, text } from "./read.js";

const unknownSlice = meta(
  "instrumentation-slice-unknown",
  "error",
  "`from_slice` names a slice the item does not have.",
);
const notDayOne = meta(
  "instrumentation-not-day-one",
  "error",
  "`logging` or `failures` does not start with the first slice.",
);

/** Logging and failures must exist from day one: the first slice ships them. */
const DAY_ONE = ["logging", "failures"];

export const instrumentationSlices: ItemRule = {
  meta: [unknownSlice, notDayOne],
  check(ctx) {
    const instrumentation = record(ctx.data.instrumentation);
    if (!instrumentation) return;
    const sliceIds = list(ctx.data.slices)
      .map((s) => text(record(s)?.id))
      .filter((id): id is string => id !== undefined);
    const first = sliceIds[0];
    for (const kind of ownKeys(instrumentation)) {
      if (kind.startsWith("x-")) continue;
      const fromSlice = text(record(instrumentation[kind])?.from_slice);
      if (fromSlice === undefined) continue;
      const path = ["instrumentation", kind, "from_slice"];
      if (!sliceIds.includes(fromSlice)) {
        ctx.report(unknownSlice, {
          path,
          message: `instrumentation.${kind} starts from slice \`${fromSlice}\`, which ${ctx.label} does not have`,
          hint: sliceIds.length
            ? `Use one of: ${sliceIds.join(", ")}.`
            : "Add the slice to `slices`.",
        });
      } else if (DAY_ONE.includes(kind) && fromSlice !== first) {
        ctx.report(notDayOne, {
          path,
          message: `instrumentation.${kind} starts with slice \`${fromSlice}\`, not the first slice \`${first}\``,
          hint: `Ship ${kind} from day one: set from_slice: ${first}.`,
        });
      }
    }
  },
};

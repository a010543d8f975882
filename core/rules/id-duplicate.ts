import { text } from "../data/read.js";
import { meta, type ItemRule } from "./rule.js";

const rule = meta("id-duplicate", "error", "Two item files share an id.", false, {
  example: [
    "# roadmap/bulk-export.yaml",
    "id: FEAT-142",
    "# roadmap/export-v2.yaml",
    "id: FEAT-142",
  ],
  fix: "Give each item an id of its own: ids are unique across all item files. Each file that shares the id gets this finding, naming the others.",
});

/** At most this many files are named in one message: one id in every file stays linear. */
const NAMED_HOLDERS = 3;

/**
 * Checked across files: the engine gathers every file that uses each id (core/load/id-holders.ts),
 * and every file that shares an id gets this finding, so the file a change touches is flagged
 * whichever way the names sort.
 */
export const idDuplicate: ItemRule = {
  meta: rule,
  check(ctx) {
    const id = text(ctx.data.id);
    if (id === undefined) return;
    const others = otherHolders(ctx.idHolders.get(id) ?? [], ctx.file);
    if (others.length === 0) return;
    ctx.report({
      path: ["id"],
      message: `Item id ${id} is also used by ${others.join(", ")}`,
      hint: "Give each item an id of its own; ids are unique across all item files.",
    });
  },
};

/** The files besides `file` (itself a holder) that use an id: a few names and how many more. */
function otherHolders(files: readonly string[], file: string): string[] {
  const count = files.length - 1;
  const named: string[] = [];
  for (const other of files) {
    if (named.length === NAMED_HOLDERS) break;
    if (other !== file) named.push(other);
  }
  return count > named.length ? [...named, `${count - named.length} more`] : named;
}

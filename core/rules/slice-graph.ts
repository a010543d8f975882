import { meta, type ItemRule } from "./rule.js";
import { list, record, text } from "./read.js";

const duplicate = meta("slice-duplicate-id", "error", "Two slices of an item share an id.");
const unknown = meta(
  "slice-dependency-unknown",
  "error",
  "`depends_on` names a slice the item does not have.",
);
const cycle = meta("slice-dependency-cycle", "error", "Slices depend on each other in a cycle.");
const order = meta(
  "slice-dependency-order",
  "warning",
  "A slice depends on a slice listed after it.",
);

export const sliceGraph: ItemRule = {
  meta: [duplicate, unknown, cycle, order],
  check(ctx) {
    const slices = list(ctx.data.slices).map((s) => record(s));
    const index = new Map<string, number>();
    slices.forEach((slice, i) => {
      const id = text(slice?.id);
      if (id === undefined) return;
      if (index.has(id)) {
        ctx.report(duplicate, {
          path: ["slices", i, "id"],
          message: `Slice id \`${id}\` is used twice in ${ctx.label}`,
          hint: "Give each slice its own id.",
        });
      } else index.set(id, i);
    });
    const edges = new Map<string, string[]>();
    let known: string | undefined;
    slices.forEach((slice, i) => {
      const id = text(slice?.id);
      list(slice?.depends_on).forEach((dep, j) => {
        if (typeof dep !== "string") return;
        const path = ["slices", i, "depends_on", j];
        const target = index.get(dep);
        if (target === undefined) {
          ctx.report(unknown, {
            path,
            message: `Slice \`${id ?? i}\` depends on \`${dep}\`, which ${ctx.label} does not have`,
            hint: `Use one of: ${(known ??= knownIds(index))}.`,
          });
          return;
        }
        if (id !== undefined) {
          const next = edges.get(id);
          if (next) next.push(dep);
          else edges.set(id, [dep]);
        }
        if (target > i)
          ctx.report(order, {
            path,
            message: `Slice \`${id ?? i}\` depends on \`${dep}\`, which comes later`,
            hint: "List slices in the order they ship: move the dependency earlier.",
          });
      });
    });
    const found = findCycle(edges);
    if (found) {
      const at = index.get(found[0]!) ?? 0;
      ctx.report(cycle, {
        path: ["slices", at, "depends_on"],
        message: `Slices of ${ctx.label} depend on each other in a cycle: ${found.join(" → ")}`,
        hint: "Break the cycle: a slice must ship value on its own, after the slices it needs.",
      });
    }
  },
};

/** The ids a dependency may name, said once: a hint per unknown dependency must not list 30,000. */
function knownIds(index: Map<string, number>): string {
  const ids = [...index.keys()];
  const shown = ids.slice(0, MAX_IDS_SHOWN).join(", ");
  return ids.length > MAX_IDS_SHOWN ? `${shown} (and ${ids.length - MAX_IDS_SHOWN} more)` : shown;
}

const MAX_IDS_SHOWN = 20;

/**
 * The first cycle a depth-first search meets, in the order slices and their dependencies are
 * written. Iterative: a chain of 6,000 slices overflowed the stack when this recursed.
 */
function findCycle(edges: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    // The path from the root, and for each node on it the next edge to follow.
    const path: string[] = [root];
    const nextEdge: number[] = [0];
    state.set(root, "open");
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top]!;
      const targets = edges.get(node) ?? [];
      const at = nextEdge[top]!;
      if (at === targets.length) {
        state.set(node, "done");
        path.pop();
        nextEdge.pop();
        continue;
      }
      nextEdge[top] = at + 1;
      const next = targets[at]!;
      const seen = state.get(next);
      if (seen === "open") return [...path.slice(path.indexOf(next)), next];
      if (seen === undefined) {
        state.set(next, "open");
        path.push(next);
        nextEdge.push(0);
      }
    }
  }
  return undefined;
}

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

function findCycle(edges: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

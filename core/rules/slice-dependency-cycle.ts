import { forEachDependency, sliceIndex } from "../slice/slice-index.js";
import { meta, type ItemRule } from "./rule.js";
import { text } from "../data/read.js";

const rule = meta(
  "slice-dependency-cycle",
  "error",
  "Slices depend on each other in a cycle.",
  true,
  {
    example: [
      "slices:",
      "  - { id: api, value: The export API, acceptance: Contract tests, depends_on: [ui] }",
      "  - { id: ui, value: The export button, acceptance: E2E test, depends_on: [api] }",
    ],
    fix: "Break the cycle: a slice ships value on its own, after the slices it needs.",
  },
);

export const sliceDependencyCycle: ItemRule = {
  meta: rule,
  check(ctx) {
    const { slices, index } = sliceIndex(ctx.data);
    const edges = new Map<string, string[]>();
    forEachDependency(slices, (i, _, dep) => {
      const id = text(slices[i]?.id);
      if (id === undefined || !index.has(dep)) return;
      const next = edges.get(id);
      if (next) next.push(dep);
      else edges.set(id, [dep]);
    });
    const found = findCycle(edges);
    if (!found) return;
    ctx.report({
      path: ["slices", index.get(found[0]!) ?? 0, "depends_on"],
      message: `Slices of ${ctx.label} depend on each other in a cycle: ${found.join(" → ")}`,
      hint: "Break the cycle: a slice must ship value on its own, after the slices it needs.",
    });
  },
};
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

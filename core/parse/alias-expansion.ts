/**
 * What the aliases of a js-yaml result add when it is walked. js-yaml keeps an alias as a second
 * reference to the anchored value, so a "billion laughs" file loads in a millisecond into a small
 * graph that every later walk (schema, rules, reports) would expand. This measures the expanded
 * tree on the graph itself, visiting each distinct value once: linear in the file.
 */
export interface Expansion {
  /** Values the fully expanded tree holds beyond those written in the file. */
  added: number;
  /** Levels of mappings and lists in the expanded tree (Infinity: a value contains itself). */
  depth: number;
}

interface Frame {
  node: object;
  children: unknown[];
  next: number;
  size: number;
  depth: number;
}

export function measureExpansion(root: object): Expansion {
  const measured = new Map<object, { size: number; depth: number }>();
  const open = new Set<object>([root]);
  const rootChildren = childrenOf(root);
  let written = 1 + rootChildren.length;
  const stack: Frame[] = [{ node: root, children: rootChildren, next: 0, size: 1, depth: 1 }];
  for (;;) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (child === null || typeof child !== "object") {
        frame.size += 1;
        continue;
      }
      if (open.has(child)) return { added: Infinity, depth: Infinity };
      const known = measured.get(child);
      if (known) {
        frame.size += known.size;
        frame.depth = Math.max(frame.depth, known.depth + 1);
        continue;
      }
      const children = childrenOf(child);
      written += children.length;
      open.add(child);
      stack.push({ node: child, children, next: 0, size: 1, depth: 1 });
      continue;
    }
    stack.pop();
    open.delete(frame.node);
    measured.set(frame.node, { size: frame.size, depth: frame.depth });
    const parent = stack[stack.length - 1];
    if (!parent) return { added: frame.size - written, depth: frame.depth };
    parent.size += frame.size;
    parent.depth = Math.max(parent.depth, frame.depth + 1);
  }
}

function childrenOf(node: object): unknown[] {
  return Array.isArray(node) ? node : Object.values(node);
}

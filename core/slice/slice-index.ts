import { list, record, text } from "../data/read.js";

/** An item's slices as written, and where each id is first used (a duplicate keeps the first). */
export interface SliceIndex {
  slices: (Record<string, unknown> | undefined)[];
  index: Map<string, number>;
}

export function sliceIndex(data: Record<string, unknown>): SliceIndex {
  const slices = list(data.slices).map((s) => record(s));
  const index = new Map<string, number>();
  slices.forEach((slice, i) => {
    const id = text(slice?.id);
    if (id !== undefined && !index.has(id)) index.set(id, i);
  });
  return { slices, index };
}

/** Each `depends_on` entry that is text: the slice it is written in, its place, what it names. */
export function forEachDependency(
  slices: SliceIndex["slices"],
  visit: (slice: number, entry: number, dependency: string) => void,
): void {
  slices.forEach((slice, i) => {
    list(slice?.depends_on).forEach((dep, j) => {
      if (typeof dep === "string") visit(i, j, dep);
    });
  });
}

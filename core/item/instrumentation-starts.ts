import { list, ownKeys, record, text } from "../data/read.js";

export interface InstrumentationStart {
  kind: string;
  fromSlice: string;
}

/** Each instrumentation kind's `from_slice` (`x-` kinds are free), and the item's slice ids. */
export function instrumentationStarts(
  data: Record<string, unknown>,
): { starts: InstrumentationStart[]; sliceIds: string[] } | undefined {
  const instrumentation = record(data.instrumentation);
  if (!instrumentation) return undefined;
  const sliceIds = list(data.slices)
    .map((s) => text(record(s)?.id))
    .filter((id): id is string => id !== undefined);
  const starts: InstrumentationStart[] = [];
  for (const kind of ownKeys(instrumentation)) {
    if (kind.startsWith("x-")) continue;
    const fromSlice = text(record(instrumentation[kind])?.from_slice);
    if (fromSlice !== undefined) starts.push({ kind, fromSlice });
  }
  return { starts, sliceIds };
}

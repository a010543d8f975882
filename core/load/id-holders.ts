import type { LoadedItem } from "./load-item.js";
import { loadItem } from "./load-item.js";
import type { ReadOptions } from "../parse/read-options.js";
import type { Policy } from "../policy/policy.js";
import { record, text } from "../data/read.js";
import type { SourceFile } from "../source.js";

/** An item file's id, shared with evaluations of other files (e.g. another worker's). */
export interface ItemId {
  file: string;
  id: string;
}

/** The ids of loaded items, to share with evaluations of other files. */
export function itemIds(loaded: readonly LoadedItem[]): ItemId[] {
  return loaded.flatMap((item) => {
    const id = item.ok ? text(item.data.id) : undefined;
    return id === undefined ? [] : [{ file: item.file, id }];
  });
}

export function addHolder(holders: Map<string, string[]>, id: string, file: string): void {
  const files = holders.get(id);
  if (files === undefined) holders.set(id, [file]);
  else files.push(file);
}

/**
 * Every file that uses each id, in path order: loaded files, files read elsewhere (knownIds) and
 * other files read only for their ids (evaluate adds the files it judges as it reads them). Every
 * file that shares an id gets `id-duplicate`, so the file a change touches is flagged whichever
 * way the names sort.
 */
export function idHolders(
  loaded: readonly LoadedItem[],
  others: readonly SourceFile[],
  knownIds: readonly ItemId[],
  policy: Policy,
  options: {
    judged?: ReadonlySet<string>;
    onFile?: (path: string) => void;
    read?: ReadOptions;
  } = {},
): Map<string, string[]> {
  const judged = options.judged ?? new Set(loaded.map((l) => l.file));
  const entries: [string, string][] = itemIds(loaded).map((k) => [k.file, k.id]);
  for (const known of knownIds) if (!judged.has(known.file)) entries.push([known.file, known.id]);
  for (const other of others) {
    if (judged.has(other.path)) continue;
    options.onFile?.(other.path);
    const item = loadItem(other, policy.limits.max_file_bytes, options.read);
    const id = item.ok ? text(record(item.data)?.id) : undefined;
    if (id !== undefined) entries.push([other.path, id]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const holders = new Map<string, string[]>();
  for (const [file, id] of entries) addHolder(holders, id, file);
  return holders;
}

/** A path into an item's data: mapping keys and list indexes, from the root. */
export type PathSegment = string | number;
/** What a finding points at: the key of the last path segment, its value, or (missing key) the mapping. */
export type Target = "key" | "value";
/** 1-based line and column in a file's text. */
export interface Position {
  line: number;
  column: number;
}

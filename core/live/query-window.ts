/** Sloth's placeholder, as the PromQL check reads it (core/slo/promql.ts). */
const WINDOW = /\{\{\s*\.window\s*\}\}/g;

/** A query with Sloth's `{{.window}}` replaced by a window such as `1h` or `28d`. */
export function withWindow(query: string, window: string): string {
  return query.replace(WINDOW, window);
}

/**
 * Sloth's `{{ .window }}` template variable, written as Sloth matches it (slok/sloth
 * conventions.TplSLIQueryWindowVarRegex, `{{ *\.window *}}`): Sloth requires it in every event
 * query and renders it with each alert window.
 */
const SLOTH_WINDOW = /\{\{ *\.window *\}\}/;
const SLOTH_WINDOWS = /\{\{ *\.window *\}\}/g;

/** Whether the query has the `{{ .window }}` variable Sloth's validation asks for. */
export function hasSlothWindow(query: string): boolean {
  return SLOTH_WINDOW.test(query);
}

/** The query with each `{{ .window }}` replaced by a duration (`30d`), for tools other than Sloth. */
export function withSlothWindow(query: string, duration: string): string {
  return query.includes("{{") ? query.replace(SLOTH_WINDOWS, duration) : query;
}

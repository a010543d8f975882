/** The values a query template's placeholders stand for. */
export interface QueryValues {
  /** The SLO's bare name. */
  slo: string;
  /** Its service. */
  service: string;
  /** The item's id. */
  item: string;
}

/**
 * The policy's query with `{slo}`, `{service}` and `{item}` replaced, each escaped so it stays
 * inside the PromQL string it sits in, whichever quote that string uses.
 */
export function renderBudgetQuery(template: string, values: QueryValues): string {
  return template.replace(/\{(slo|service|item)\}/g, (_, key: keyof QueryValues) =>
    escapePromqlString(values[key]),
  );
}

/**
 * A value that can go between `"…"` or `'…'` in PromQL: a backslash is doubled, and quotes,
 * backticks and control characters become `\xNN` escapes, which both quote styles accept.
 */
export function escapePromqlString(value: string): string {
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"' || ch === "'" || ch === "`" || code < 0x20 || code === 0x7f)
      out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out;
}

/**
 * User text in GitHub markdown (job summaries, check runs, comments) must not render HTML, break a
 * table, format itself, mention (notify) anyone, or reference an issue (`#N`, `owner/repo#N`,
 * `GH-N` would link it and leave a cross-reference on it; so would a bare issue or pull-request
 * URL, which GitHub autolinks). A zero-width joiner after `@`, `#` or `GH-`, and inside `://` and
 * `www.`, keeps the text readable but stops the mention, the link and the reference.
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/@/g, "@\u200d")
    .replace(/#(?=\d)/g, "#\u200d")
    .replace(/\b(GH)-(?=\d)/gi, "$1-\u200d")
    .replace(/:\/\//g, ":/\u200d/")
    .replace(/\b(www)\./gi, "$1\u200d.");
}

/** Text inside a code span: literal, so only the delimiter, table pipes and newlines matter. */
export function codeSpan(s: string, inTable = false): string {
  let text = oneLine(s);
  if (inTable) text = text.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A finding's message or hint: the engine quotes names in backticks, so those parts become code
 * spans and the rest is escaped text. An odd backtick is escaped like any other character.
 */
export function inlineMarkdown(s: string, inTable = false): string {
  const parts = s.split("`");
  if (parts.length % 2 === 0) return escapeMarkdown(s);
  return parts
    .map((part, i) => (i % 2 === 1 ? codeSpan(part, inTable) : escapeMarkdown(part)))
    .join("");
}

function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}

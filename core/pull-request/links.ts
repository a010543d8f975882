/** What a pull request body links: `Roadmap: FEAT-142, AI-7` lines and closing keywords `Closes #12`. */
export interface Links {
  ids: string[];
  issues: number[];
}

const ROADMAP_LINE = /^[ \t>*-]*roadmap[ \t]*:[ \t]*(.+)$/gim;
const ITEM_ID = /\b[A-Z][A-Z0-9]*-[0-9]+\b/g;
// Every GitHub closing keyword, any case; `#N` only (same repository).
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b[ \t]*:?[ \t]+#([0-9]+)\b/gi;

export function parseLinks(body: string | null | undefined): Links {
  const text = (body ?? "").slice(0, 65_536);
  const ids = new Set<string>();
  for (const line of text.matchAll(ROADMAP_LINE)) {
    for (const id of line[1]!.matchAll(ITEM_ID)) ids.add(id[0]);
  }
  const issues = new Set<number>();
  for (const match of text.matchAll(CLOSING)) issues.add(Number(match[1]));
  return { ids: [...ids], issues: [...issues] };
}

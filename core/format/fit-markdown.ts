import { utf8Length } from "../parse/decode.js";

/** How big a markdown text may be, and how GitHub measures it. */
export interface MarkdownLimit {
  maxLength: number;
  /** GitHub counts a job summary in bytes, a check run's text in characters. Default: chars. */
  lengthUnit?: "chars" | "bytes";
}

/** `$GITHUB_STEP_SUMMARY`: GitHub refuses a job summary over 1 MiB. */
export const JOB_SUMMARY_LIMIT: MarkdownLimit = { maxLength: 1024 * 1024, lengthUnit: "bytes" };
/** A check run's `output.summary` and `output.text`, and an issue comment's body. */
export const CHECK_RUN_LIMIT: MarkdownLimit = { maxLength: 65_535, lengthUnit: "chars" };

/** A piece of a markdown document; `counts` names what is lost when it is cut ("finding"). */
export interface MarkdownBlock {
  text: string;
  counts?: string;
}

export const DEFAULT_CUT_ADVICE = "see the SARIF / full log";

/**
 * Joins blocks, keeping a prefix that fits the limit with a note of what was cut:
 * "… 12 more findings not shown; see the SARIF / full log". Blocks keep their order, so put what
 * matters most first. The result never exceeds the limit.
 */
export function fitMarkdown(
  blocks: readonly MarkdownBlock[],
  limit: MarkdownLimit | undefined,
  advice = DEFAULT_CUT_ADVICE,
): string {
  const whole = blocks.map((b) => b.text).join("");
  if (!limit) return whole;
  const measure = limit.lengthUnit === "bytes" ? utf8Length : (s: string) => s.length;
  if (measure(whole) <= limit.maxLength) return whole;
  // The note with every block counted is the longest it can get; reserve room for it.
  const reserve = measure(cutNote(tally(blocks), advice));
  let used = 0;
  let kept = 0;
  while (kept < blocks.length) {
    const size = measure(blocks[kept]!.text);
    if (used + size + reserve > limit.maxLength) break;
    used += size;
    kept++;
  }
  const text = blocks
    .slice(0, kept)
    .map((b) => b.text)
    .join("");
  return truncate(text + cutNote(tally(blocks.slice(kept)), advice), limit, measure);
}

function tally(blocks: readonly MarkdownBlock[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.counts) counts.set(b.counts, (counts.get(b.counts) ?? 0) + 1);
  return counts;
}

function cutNote(counts: Map<string, number>, advice: string): string {
  const parts = [...counts].map(([noun, n]) => `${n} more ${noun}${n === 1 ? "" : "s"}`);
  const what = parts.length === 0 ? "the rest is" : parts.join(", ");
  // A blank line first: a note right after a table row would become a row.
  return `\n> … ${what} not shown; ${advice}.\n`;
}

/** The last resort when even the first block and the note do not fit: cut at a character. */
function truncate(text: string, limit: MarkdownLimit, measure: (s: string) => number): string {
  if (measure(text) <= limit.maxLength) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join("")) <= limit.maxLength) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join("");
}

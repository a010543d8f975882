import type { Finding } from "../findings/finding.js";

/**
 * One file read as an item (core/load/load-item.ts): its data, or the one finding that says why it
 * is not an item. Here, below the rules, so that what only reads items (scopes, sign-off facts)
 * need not import the loader, which words its finding through the parse rules.
 */
export type LoadedItem =
  | { ok: true; file: string; text: string; data: Record<string, unknown> }
  | { ok: false; file: string; finding: Finding };

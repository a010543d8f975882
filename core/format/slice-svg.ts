import type { SliceView } from "../report.js";
import { escapeHtml } from "./html-escape.js";

const BOX_WIDTH = 200;
const BOX_HEIGHT = 46;
const COLUMN = BOX_WIDTH + 48;
const ROW = BOX_HEIGHT + 18;
const MARGIN = 8;
const MAX_VALUE = 30;
/** Room under the boxes for the curve of a dependency drawn backwards. */
const BELOW = 30;

const ARROW = "slice-arrow";

/** The arrowhead every graph's edges use, defined once per page (an id must be unique in it). */
export const SLICE_SVG_DEFS = `<svg class="defs" width="0" height="0" aria-hidden="true"><defs><marker id="${ARROW}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z"/></marker></defs></svg>`;

/**
 * An item's slices as an inline SVG, drawn here so the page needs no script or network: each slice
 * goes one column right of the deepest earlier slice it depends on, rows fill top-down, and each
 * dependency is an arrow towards the slice that needs it. One pass over slices and edges: a
 * dependency on a later or unknown slice is a finding of its own and does not move a box; one
 * that cannot point rightwards is drawn dashed, under the boxes.
 * `labelledBy` is the id of the element that names the graph. Returns "" for an item without slices.
 */
export function sliceSvg(slices: readonly SliceView[], labelledBy: string): string {
  if (slices.length === 0) return "";
  const index = new Map<string, number>();
  slices.forEach((s, i) => {
    if (!index.has(s.id)) index.set(s.id, i);
  });
  const column: number[] = [];
  const row: number[] = [];
  const filled: number[] = [];
  slices.forEach((s, i) => {
    let c = 0;
    for (const dep of s.dependsOn) {
      const d = index.get(dep);
      if (d !== undefined && d < i) c = Math.max(c, column[d]! + 1);
    }
    column.push(c);
    row.push(filled[c] ?? 0);
    filled[c] = (filled[c] ?? 0) + 1;
  });
  const x = (i: number) => MARGIN + column[i]! * COLUMN;
  const y = (i: number) => MARGIN + row[i]! * ROW;
  const edges: string[] = [];
  let below = 0;
  slices.forEach((s, i) => {
    for (const dep of s.dependsOn) {
      const d = index.get(dep);
      if (d === undefined || d === i) continue;
      if (column[d]! < column[i]!) {
        const x1 = x(d) + BOX_WIDTH;
        const y1 = y(d) + BOX_HEIGHT / 2;
        const x2 = x(i);
        const y2 = y(i) + BOX_HEIGHT / 2;
        const bend = Math.max(24, (x2 - x1) / 2);
        edges.push(
          `<path class="edge" marker-end="url(#${ARROW})" d="M${x1} ${y1}C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}"/>`,
        );
        continue;
      }
      // A dependency that does not come first (a finding of its own): dashed, bottom to bottom.
      const x1 = x(d) + BOX_WIDTH / 2;
      const y1 = y(d) + BOX_HEIGHT;
      const x2 = x(i) + BOX_WIDTH / 2;
      const y2 = y(i) + BOX_HEIGHT;
      const low = Math.max(y1, y2) + BELOW;
      below = BELOW;
      edges.push(
        `<path class="edge out-of-order" marker-end="url(#${ARROW})" d="M${x1} ${y1}C${x1} ${low} ${x2} ${low} ${x2} ${y2}"/>`,
      );
    }
  });
  const width = MARGIN * 2 + (filled.length - 1) * COLUMN + BOX_WIDTH;
  let rows = 0;
  for (const n of filled) rows = Math.max(rows, n);
  const height = MARGIN * 2 + (rows - 1) * ROW + BOX_HEIGHT + below;

  const parts = [
    `<svg class="slices" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeHtml(labelledBy)}">`,
    ...edges,
  ];
  slices.forEach((s, i) => {
    parts.push(
      `<g class="slice" transform="translate(${x(i)} ${y(i)})"><title>${escapeHtml(`${s.id}: ${s.value}`)}</title>`,
      `<rect width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6"/>`,
      `<text x="10" y="18" class="slice-id">${escapeHtml(shorten(s.id))}</text>`,
      `<text x="10" y="36">${escapeHtml(shorten(s.value))}</text></g>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}

/** A label that fits its box; the whole text is in the slice's tooltip. */
function shorten(s: string): string {
  if (s.length <= MAX_VALUE) return s;
  // Only the head is split into characters: a title of 1 MiB costs no more than a short one.
  const chars = Array.from(s.slice(0, MAX_VALUE * 2));
  if (chars.length <= MAX_VALUE && s.length <= MAX_VALUE * 2) return s;
  return `${chars.slice(0, MAX_VALUE - 1).join("")}…`;
}

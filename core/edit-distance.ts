/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`: the "did you mean" hints
 * only want near names, so only the diagonal band of width 2 × limit + 1 is computed, after the
 * common prefix and suffix are set aside, and a row whose every cell is over the limit ends it.
 * O(length × limit), not O(length²): 90 names of 10,000 characters cost milliseconds, not a minute.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start))
    start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return Math.min(n + m, over);
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    // The cell left of the band: the first column, or out of reach.
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let best = current[from - 1]!;
    const c = a.charCodeAt(start + i - 1);
    for (let j = from; j <= to; j++) {
      const cost = c === b.charCodeAt(start + j - 1) ? 0 : 1;
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = cell;
      if (cell < best) best = cell;
    }
    // The cell right of the band, which the next row reads as out of reach.
    if (to < m) current[to + 1] = over;
    if (best > limit) return over;
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}

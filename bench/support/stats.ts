/** Nearest-rank percentile (p in 0..100) of a non-empty list; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** A number for a table cell: rounded, or "–" when unknown. */
export function cell(value: number | undefined, digits = 0): string | number {
  if (value === undefined || !Number.isFinite(value)) return "–";
  return digits === 0 ? Math.round(value) : Number(value.toFixed(digits));
}

/** A list of numbers made readable: "12" when all equal, else "12–15". */
export function range(values: readonly number[]): string {
  if (values.length === 0) return "–";
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}–${high}`;
}

import { editDistanceWithin } from "../edit-distance.js";

/** The closest known word within a small edit distance, for "did you mean" hints on typos. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  const wanted = word.toLowerCase();
  for (const candidate of known) {
    // A word longer or shorter by more than 3 is not a typo of it.
    if (Math.abs(candidate.length - word.length) > 3) continue;
    const d = editDistanceWithin(wanted, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

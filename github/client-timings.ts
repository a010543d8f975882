/**
 * How the GitHub clients space writes and back off. Defaults are GitHub's (a second between one
 * installation's writes, three for writes that notify; retries after 1, 4, 9 s); tests set them
 * small through ROADMAP_GATE_WRITE_SPACING_MS and ROADMAP_GATE_RETRY_BASE_MS.
 */
export interface ClientTimings {
  /** Milliseconds between two writes (or GraphQL queries) of one installation. */
  writeSpacingMs: number;
  /** Milliseconds one second of back-off lasts (retries of 5xx, `retry-after` of rate limits). */
  retryBaseMs: number;
}

export const GITHUB_TIMINGS: ClientTimings = { writeSpacingMs: 1000, retryBaseMs: 1000 };

/** Read once by each surface's entry from its environment. */
export function clientTimings(env: Record<string, string | undefined>): ClientTimings {
  return {
    writeSpacingMs: milliseconds(env.ROADMAP_GATE_WRITE_SPACING_MS, GITHUB_TIMINGS.writeSpacingMs),
    retryBaseMs: milliseconds(env.ROADMAP_GATE_RETRY_BASE_MS, GITHUB_TIMINGS.retryBaseMs),
  };
}

function milliseconds(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text !== undefined && text !== "" && Number.isFinite(value) && value >= 0
    ? value
    : fallback;
}

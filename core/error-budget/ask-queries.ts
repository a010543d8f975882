import type { PrometheusPort, PrometheusSample } from "./prometheus-port.js";

/** SPEC sections 8 and 9: at most 4 queries at once. */
export const MAX_CONCURRENT_QUERIES = 4;

/**
 * Asks each distinct query once, at most `concurrency` at a time, and keeps what `read` makes of
 * each answer, or of its failure (`unanswered`): never throws, so no query can turn into a pass.
 */
export async function askQueries<Reading>(
  port: PrometheusPort,
  queries: Iterable<string>,
  read: { answered(samples: PrometheusSample[]): Reading; unanswered(error: unknown): Reading },
  concurrency = MAX_CONCURRENT_QUERIES,
): Promise<Map<string, Reading>> {
  const distinct = [...new Set(queries)];
  const readings = new Map<string, Reading>();
  let next = 0;
  const worker = async () => {
    while (next < distinct.length) {
      const query = distinct[next++]!;
      let reading: Reading;
      try {
        reading = read.answered(await port.instantQuery(query));
      } catch (error) {
        reading = read.unanswered(error);
      }
      readings.set(query, reading);
    }
  };
  const width = Math.max(1, Math.min(concurrency, distinct.length));
  await Promise.all(Array.from({ length: width }, worker));
  return readings;
}

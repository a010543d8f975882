import type { PathSegment } from "../parse/source-position.js";
import { text } from "../data/read.js";
import { checkPromql } from "./promql.js";
import type { DocumentProblem } from "./slo-draft.js";

/**
 * A Prometheus query in an SLO file, checked as items' queries are (the same grammar and checks):
 * a problem at the query's value, naming the SLO, the key and what is wrong; else undefined.
 * A query that is not text is the format reader's problem, not this one's.
 */
export function queryProblem(
  query: unknown,
  path: readonly PathSegment[],
  what: string,
): DocumentProblem | undefined {
  const written = text(query);
  if (written === undefined) return undefined;
  const check = checkPromql(written);
  if (check.ok) return undefined;
  return {
    path,
    message: `${what} is not a valid PromQL query: ${check.message} (at character ${check.offset + 1} of the query)`,
  };
}

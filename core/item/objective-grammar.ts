import { ownKeys, record, text } from "../data/read.js";

const GRAMMAR =
  /^(p[0-9]{1,2}(?:\.[0-9]+)? )?(>=|<=|==|>|<) ?(-?[0-9]+(?:\.[0-9]+)?)(%|ms|s|\/hour|\/day|\/week|\/month)?$/;

export interface ReadObjective {
  kind: string;
  objective: string;
  percentile?: string;
  number: string;
  unit?: string;
}

/** Each metric's objective that reads under the schema's grammar, taken apart. */
export function readObjectives(data: Record<string, unknown>): ReadObjective[] {
  const metrics = record(data.metrics);
  const read: ReadObjective[] = [];
  for (const kind of ownKeys(metrics)) {
    const objective = text(record(metrics?.[kind])?.objective);
    const match = objective === undefined ? null : GRAMMAR.exec(objective);
    if (!match || objective === undefined) continue;
    const [, percentile, , number, unit] = match;
    read.push({ kind, objective, percentile, number: number!, unit });
  }
  return read;
}

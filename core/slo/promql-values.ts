import type { Tree } from "@lezer/common";

/** A problem Prometheus finds in a query that parsed, at its offset in the query. */
export interface TypeProblem {
  offset: number;
  message: string;
}

/**
 * Values Prometheus's parser rejects though the grammar takes them (promql/parser: parseDuration,
 * setTimestamp; checked against promtool 2.42): a range, subquery step or offset of zero
 * ("duration must be greater than 0"), a duration past int64 nanoseconds ("duration out of
 * range", about 292 years), and an `@` timestamp that is not finite or not inside ±2^63 seconds.
 * One pass over the tree; each literal is read once.
 */
export function valueProblem(text: string, tree: Tree): TypeProblem | undefined {
  let found: TypeProblem | undefined;
  tree.iterate({
    enter(ref) {
      if (found) return false;
      const literal = text.slice(ref.from, ref.to);
      if (ref.name === "NumberDurationLiteralInDurationContext") {
        const problem = durationProblem(literal);
        if (problem) found = { offset: ref.from, message: problem };
      } else if (ref.name === "NumberDurationLiteral" && ref.node.prevSibling?.name === "At") {
        const problem = timestampProblem(literal);
        if (problem) found = { offset: ref.from, message: problem };
      }
      return undefined;
    },
  });
  return found;
}

const UNIT_MS: Record<string, bigint> = {
  y: 365n * 24n * 3_600_000n,
  w: 7n * 24n * 3_600_000n,
  d: 24n * 3_600_000n,
  h: 3_600_000n,
  m: 60_000n,
  s: 1_000n,
  ms: 1n,
};
/** time.Duration's limit: int64 nanoseconds. */
const MAX_NS = (1n << 63n) - 1n;

/** A duration like `1h30m` (digits and units only; other forms are the grammar's business). */
function durationProblem(literal: string): string | undefined {
  let ns = 0n;
  let i = 0;
  while (i < literal.length) {
    const start = i;
    while (i < literal.length && isDigit(literal.charCodeAt(i))) i++;
    if (i === start) return undefined;
    const digits = literal.slice(start, i);
    const unit = literal.startsWith("ms", i) ? "ms" : literal.charAt(i);
    if (UNIT_MS[unit] === undefined) return undefined;
    i += unit.length;
    // Past 19 significant digits any unit overflows; skip BigInt work on a long digit string.
    const significant = digits.replace(/^0+/, "");
    if (significant.length > 19) return outOfRange(literal);
    ns += BigInt(significant || "0") * UNIT_MS[unit]! * 1_000_000n;
    if (ns > MAX_NS) return outOfRange(literal);
  }
  if (ns === 0n)
    return `duration must be greater than 0: \`${literal}\` is zero, and Prometheus rejects a zero range, step or offset; write a positive duration such as 5m (or drop a zero offset)`;
  return undefined;
}

function outOfRange(literal: string): string {
  const shown = literal.length > 24 ? `${literal.slice(0, 24)}…` : literal;
  return `duration out of range: \`${shown}\` passes the longest duration Prometheus takes (about 292 years); write a shorter one`;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** 2^63 as a float64: float64(math.MaxInt64) in Go, the bound setTimestamp compares against. */
const TWO_63 = 2 ** 63;

/** The number after `@`: Unix seconds, finite and strictly inside ±2^63. */
function timestampProblem(literal: string): string | undefined {
  const written = literal.replace(/\s/g, "");
  const negative = written.startsWith("-");
  const body = written.replace(/^[+-]/, "").toLowerCase();
  let value: number;
  if (body === "inf" || body === "infinity") value = Infinity;
  else if (body === "nan") value = NaN;
  else value = Number(body);
  // Forms Number() does not read (a duration such as 5m) are left to the grammar and the server.
  if (Number.isNaN(value) && body !== "nan") return undefined;
  if (negative) value = -value;
  if (Number.isFinite(value) && value < TWO_63 && value > -TWO_63) return undefined;
  return `timestamp out of bounds for @ modifier: ${goFloat(value)}; write a Unix time in seconds (finite, within ±9.2e18) or start() / end()`;
}

/** Go's `%f`: ±Inf, NaN, or six decimals (a float past 2^53 is an integer). */
function goFloat(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "+Inf" : "-Inf";
  return `${BigInt(value).toString()}.000000`;
}

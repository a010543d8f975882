/**
 * The meaning of a plain (unquoted) scalar under the YAML 1.2 core schema, exactly as js-yaml 4
 * reads it: null, a boolean, an integer, a float, else the text itself, tried in that order.
 * js-yaml is lenient where the schema is strict (`0b101`, `-0x1F`, `012`, `Null` are numbers or
 * null to it), and the fast reader must agree with it: tests/core/plain-scalar.test.ts compares
 * the two on every shape of number.
 */
export function resolvePlainScalar(raw: string): unknown {
  if (isNull(raw)) return null;
  if (raw === "true" || raw === "True" || raw === "TRUE") return true;
  if (raw === "false" || raw === "False" || raw === "FALSE") return false;
  const integer = readInteger(raw);
  if (integer !== undefined) return integer;
  const float = readFloat(raw);
  return float === undefined ? raw : float;
}

function isNull(raw: string): boolean {
  return raw === "~" || raw === "null" || raw === "Null" || raw === "NULL";
}

const DIGITS: Record<string, RegExp> = {
  b: /^[01]+$/,
  o: /^[0-7]+$/,
  x: /^[0-9a-fA-F]+$/,
};
const RADIX: Record<string, number> = { b: 2, o: 8, x: 16 };
const DECIMAL = /^[0-9]+$/;

/** `[-+]?` then `0b…`, `0o…`, `0x…` or decimal digits (leading zeros too), when finite. */
function readInteger(raw: string): number | undefined {
  const signed = raw.charAt(0) === "-" || raw.charAt(0) === "+";
  const sign = raw.charAt(0) === "-" ? -1 : 1;
  const body = signed ? raw.slice(1) : raw;
  if (body === "0") return 0; // js-yaml: "-0" is 0, not -0
  const radix = body.charAt(0) === "0" ? RADIX[body.charAt(1)] : undefined;
  let value: number;
  if (radix !== undefined) {
    const digits = body.slice(2);
    if (!DIGITS[body.charAt(1)]!.test(digits)) return undefined;
    value = sign * parseInt(digits, radix);
  } else {
    if (!DECIMAL.test(body)) return undefined;
    value = sign * parseInt(body, 10);
  }
  return Number.isFinite(value) ? value : undefined;
}

const FLOAT =
  /^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** js-yaml's float: its pattern, finite when written as digits; `.inf` and `.nan` as such. */
function readFloat(raw: string): number | undefined {
  if (!FLOAT.test(raw)) return undefined;
  const lower = raw.toLowerCase();
  const sign = lower.charAt(0) === "-" ? -1 : 1;
  const body = lower.charAt(0) === "-" || lower.charAt(0) === "+" ? lower.slice(1) : lower;
  if (body === ".inf") return sign * Infinity;
  if (body === ".nan") return NaN;
  const value = sign * parseFloat(body);
  return Number.isFinite(value) ? value : undefined;
}

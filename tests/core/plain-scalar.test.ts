import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { resolvePlainScalar } from "../../core/parse/plain-scalar.js";

/** js-yaml's own meaning of a plain scalar: its core schema's implicit types, in its order. */
const implicitTypes = (
  jsYaml.CORE_SCHEMA as unknown as {
    compiledImplicit: { resolve(data: string): boolean; construct(data: string): unknown }[];
  }
).compiledImplicit;
function jsYamlMeaning(raw: string): unknown {
  for (const type of implicitTypes) if (type.resolve(raw)) return type.construct(raw);
  return raw;
}

/** Object.is, so that -0 and NaN count. */
function expectSame(raw: string): void {
  const ours = resolvePlainScalar(raw);
  const theirs = jsYamlMeaning(raw);
  if (!Object.is(ours, theirs)) expect({ raw, ours }).toEqual({ raw, ours: theirs });
}

const written = [
  ...["", "~", "null", "Null", "NULL", "nULL", "nil", "None"],
  ...["true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "yes", "no", "on", "off", "y"],
  ...["0", "-0", "+0", "00", "-00", "+00", "012", "-012", "1", "+1", "-1", "42", "1_000"],
  ...["0b1110", "-0b11", "+0b1", "0b", "0b2", "0B1", "0x1F", "-0x1F", "0xabc", "0x", "0xG", "0X1"],
  ...["0o17", "+0o17", "-0o7", "0o8", "0o", "0O7", "9".repeat(400), `0x${"f".repeat(300)}`],
  ...["1.", "1.5", "-1.5", "+1.5", ".5", "-.5", "+.5", "1e3", "1E3", "1e+3", "1e-3", "1.5e3"],
  ...["1e400", "-1e400", "1.e3", ".e3", "e3", "1e", "-0.0", "0.0", "1..2", "1.2.3"],
  ...[".inf", ".Inf", ".INF", "-.inf", "+.inf", ".iNf", "inf", ".nan", ".NaN", ".NAN", "-.nan"],
  ...["-", "+", ".", "+-1", "--1", "1-", "12:30", "2026-11-25", "FEAT-142", "v1", "p95"],
];

describe("a plain scalar's meaning", () => {
  it.each(written)("agrees with js-yaml on %j", (raw) => {
    expectSame(raw);
  });

  it("agrees with js-yaml on 50,000 seeded strings of number-like characters", () => {
    const alphabet = ["0", "1", "7", "9", "a", "b", "e", "E", "f", "o", "x", "n", "i", "N", "I"];
    alphabet.push(".", "-", "+", "_", "~", "t", "r", "u", "l", "F", "T", "A", "s");
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let i = 0; i < 50_000; i++) {
      let raw = "";
      const length = 1 + Math.floor(next() * 7);
      for (let j = 0; j < length; j++) raw += alphabet[Math.floor(next() * alphabet.length)];
      expectSame(raw);
    }
  });

  it("is what js-yaml loads for the same text", () => {
    for (const raw of written.filter((r) => r !== "" && r !== "-")) {
      const loaded = (jsYaml.load(`k: ${raw}\n`, { schema: jsYaml.CORE_SCHEMA }) as { k: unknown })
        .k;
      expect(Object.is(resolvePlainScalar(raw), loaded) ? raw : { raw, loaded }).toBe(raw);
    }
  });
});

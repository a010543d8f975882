import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { measureExpansion } from "../../core/parse/alias-expansion.js";
import { laughs } from "./rule-cases.js";

const load = (text: string) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as object;

describe("what aliases add to a file", () => {
  it("adds nothing without aliases", () => {
    expect(measureExpansion(load("a: [1, 2]\nb: {c: 3}\n"))).toEqual({ added: 0, depth: 2 });
  });

  it("adds an aliased list's entries again for each alias", () => {
    // b and c each repeat the list's 3 entries (the lists themselves are b's and c's written values).
    expect(measureExpansion(load("a: &a [1, 2, 3]\nb: *a\nc: *a\n"))).toEqual({
      added: 6,
      depth: 2,
    });
  });

  it("counts aliases of scalars as written", () => {
    expect(measureExpansion(load("a: &a text\nb: *a\nc: *a\n"))).toEqual({ added: 0, depth: 1 });
  });

  it("measures a billion laughs from its few lines", () => {
    // l0 holds 9 strings; each further level, 9 copies of the one before.
    const levels = 6;
    const size = (level: number): number => (level === 0 ? 10 : 1 + 9 * size(level - 1));
    let expanded = 1;
    for (let level = 0; level < levels; level++) expanded += size(level);
    const written = 1 + levels + 9 * levels;
    expect(measureExpansion(load(laughs(levels)))).toEqual({
      added: expanded - written,
      depth: levels + 1,
    });
  });

  it("finds a value that holds itself", () => {
    expect(measureExpansion(load("a: &a [1, [*a]]\n"))).toEqual({
      added: Infinity,
      depth: Infinity,
    });
  });
});

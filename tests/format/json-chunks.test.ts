import { describe, expect, it } from "vitest";
import { jsonChunks, LazyList } from "../../core/format/json-chunks.js";

const join = (value: unknown, indent: number) => [...jsonChunks(value, indent)].join("");

describe("jsonChunks", () => {
  const value = {
    version: 1,
    empty: {},
    none: [],
    skipped: undefined,
    text: 'a "quoted"\nline\u2028',
    list: [1, null, undefined, "x", { a: [true, { b: { c: { d: { e: { f: [1, 2] } } } } }] }],
    nested: { deep: { deeper: { deepest: { bottom: { floor: { under: [1, { x: 1 }] } } } } } },
  };

  it("joins to exactly what JSON.stringify writes, indented or not", () => {
    for (const indent of [0, 2, 4])
      expect(join(value, indent)).toBe(JSON.stringify(value, null, indent));
  });

  it("makes a lazy list's entries as it writes them, in order", () => {
    const made: number[] = [];
    const list = new LazyList([1, 2, 3], (n) => {
      made.push(n);
      return { n, twice: [n, n] };
    });
    const chunks = jsonChunks({ list }, 2);
    expect(made).toEqual([]);
    const text = [...chunks].join("");
    expect(made).toEqual([1, 2, 3]);
    expect(text).toBe(
      JSON.stringify({ list: [1, 2, 3].map((n) => ({ n, twice: [n, n] })) }, null, 2),
    );
  });

  it("writes 100,000 entries in pieces no longer than one entry", () => {
    const list = new LazyList(
      Array.from({ length: 100_000 }, (_, i) => i),
      (i) => ({ i }),
    );
    let longest = 0;
    let count = 0;
    for (const chunk of jsonChunks({ list }, 2)) {
      longest = Math.max(longest, chunk.length);
      count++;
    }
    expect(longest).toBeLessThan(40);
    expect(count).toBeGreaterThan(100_000);
  });
});

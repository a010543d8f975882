import * as ajvRuntime from "ajv/dist/runtime/ucs2length.js";
import { describe, expect, it } from "vitest";
import ucs2length from "../../core/item/ucs2length.js";

// A CommonJS module: Node hands its exports as the default, bundlers unwrap it.
type Count = (text: string) => number;
const imported = ajvRuntime as unknown as { default: Count | { default: Count } };
const reference: Count =
  typeof imported.default === "function" ? imported.default : imported.default.default;

describe("ucs2length (the validators' own)", () => {
  it.each([
    ["", 0],
    ["plain ASCII", 11],
    ["Grüße, 日本", 9],
    ["😀", 1],
    ["a😀b", 3],
    ["\uD800", 1], // a lone high surrogate
    ["\uDC00x", 2], // a lone low surrogate
    ["x\uD800", 2], // a high surrogate at the end
    ["\uD800\uD800\uDC00", 2],
  ])("counts %j as %i code points, as ajv does", (text, expected) => {
    expect(ucs2length(text)).toBe(expected);
    expect(reference(text)).toBe(expected);
  });

  it("agrees with ajv's on random strings of surrogates and other units", () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const units = [0x41, 0xe9, 0x65e5, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x20];
    for (let i = 0; i < 5000; i++) {
      const length = next() % 8;
      const text = String.fromCharCode(
        ...Array.from({ length }, () => units[next() % units.length]!),
      );
      expect(ucs2length(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});

import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import jsYaml from "js-yaml";
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { parseBlockYaml } from "../../core/parse/block-yaml.js";
import { parseText } from "../../core/parse/parse-document.js";
import { generateItems, seededRandom } from "../../scripts/generate-items.js";
import { cpuTimed } from "../support/cpu-time.js";

/** What the full parser makes of a text, or "throws". */
function jsYamlLoad(text: string): unknown {
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, maxDepth: 64 } as jsYaml.LoadOptions);
  } catch {
    return "throws";
  }
}

/** The fast reader either gives up, or agrees with js-yaml exactly (prototypes included). */
function agrees(text: string): boolean {
  const fast = parseBlockYaml(text);
  if (fast === undefined) return true;
  const full = jsYamlLoad(text);
  return full !== "throws" && isDeepStrictEqual(fast, full);
}

const generated = generateItems({ count: 400, seed: 11, today: "2026-11-25" });
const repositoryFiles = globSync(["examples/**/*.{yaml,yml}", "schemas/**/*.{yaml,yml}"]).map(
  (path) => ({ path, content: readFileSync(path, "utf8") }),
);

describe("the fast block YAML reader", () => {
  it("reads the generated items as js-yaml does, and takes all that parse", () => {
    for (const item of generated) {
      expect(agrees(item.content), item.path).toBe(true);
      if (jsYamlLoad(item.content) !== "throws")
        expect(parseBlockYaml(item.content), item.path).toBeDefined();
    }
  });

  it("reads the repository's examples as js-yaml does", () => {
    expect(repositoryFiles.length).toBeGreaterThan(0);
    for (const file of repositoryFiles) expect(agrees(file.content), file.path).toBe(true);
    const taken = repositoryFiles.filter((f) => parseBlockYaml(f.content) !== undefined);
    expect(taken.length).toBeGreaterThan(0);
  });

  it.each([
    [
      "plain, quoted and escaped scalars",
      'a: x y\nb: "q: \\"r\\" \\\\ \\n"\nc: \'it\'\'s\'\nd: ""\n',
    ],
    [
      "numbers, booleans and nulls",
      "a: 1\nb: -2\nc: 0x1F\nd: 1.5\ne: .inf\nf: true\ng: False\nh: ~\ni: null\nj:\n",
    ],
    ["strings that only look typed", "a: yes\nb: 2026-01-02\nc: 1_000\nd: 1:20\ne: nothing\n"],
    ["comments everywhere", "# head\na: b # tail\n  # indented\nc: d#not-a-comment\n\n# end\n"],
    ["keys that resolve", "1: one\nnull: n\ntrue: t\n0x10: h\n"],
    [
      "nested blocks and compact sequences",
      "a:\n  b:\n    - x\n    - k: v\n      l:\n      - 1\n      - 2\nc:\n- d\n- e: f\n",
    ],
    ["sequence items on the next line", "a:\n  -\n    b: c\n  -\n    - d\n"],
    ["flow sequences of scalars", 'a: [x, "y, z", 1, true]\nb: []\nc: {}\nd: [ a , b ]\n'],
    [
      "one-line flow mappings of scalars",
      'a: { how: Structured logs, from_slice: skeleton }\nb:\n  - {x: 1, y: "q, r", z: ~}\nc: { }\n',
    ],
    [
      "flow scalars with indicators past their first character",
      "a: {b: <= 0.5%, c: it's, d: a>b@c}\ne: [x'y, 5%, -1, a - b]\n",
    ],
    ["keys that resolve, in a flow mapping", "a: {1: x, null: y, true: z}  # c\n"],
    ["CRLF line ends", "a: b\r\nc:\r\n  - d\r\n"],
    ["deeper indents", "a:\n    b: 1\n    c:\n        - 2\n"],
  ])("agrees with js-yaml on %s", (_name, text) => {
    expect(parseBlockYaml(text)).toBeDefined();
    expect(parseBlockYaml(text)).toEqual(jsYamlLoad(text));
  });

  it.each([
    ["a block scalar", "a: |\n  text\n"],
    ["a folded scalar", "a: >-\n  text\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["a multi-line quoted scalar", 'a: "one\n  two"\n'],
    ["a nested flow mapping", "a: {b: {c: d}}\n"],
    ["a flow sequence in a flow mapping", "a: {b: [c]}\n"],
    ["a multi-line flow mapping", "a: {b: c,\n  d: e}\n"],
    ["a flow mapping key without a value", "a: {b, c: d}\n"],
    ["a flow mapping key with an empty value", "a: {b: , c: d}\n"],
    ["a trailing comma in a flow mapping", "a: {b: c,}\n"],
    ["a duplicate key in a flow mapping", "a: {b: 1, b: 2}\n"],
    ["a quoted key in a flow mapping", 'a: {"b": 1}\n'],
    ["a colon in a flow scalar", "a: {b: c:d}\n"],
    ["a comment in a flow mapping", "a: {b: c #d}\n"],
    ["an anchor in a flow mapping", "a: {b: &x c}\n"],
    ["a tag in a flow mapping", "a: {b: !!str 1}\n"],
    ["text after a flow mapping", "a: {b: c} d\n"],
    ["a flow mapping as a key", "{b: c}: d\n"],
    ["a nested flow sequence", "a: [[b]]\n"],
    ["a trailing comma", "a: [b,]\n"],
    ["a tag", "a: !!str 1\n"],
    ["a quoted key", '"a": 1\n'],
    ["a key with spaces", "my key: 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["an inherited name as key", "__proto__: 1\n"],
    ["a tab", "a:\tb\n"],
    ["a lone CR", "a: b\rc: d\n"],
    ["a BOM", "\uFEFFa: b\n"],
    ["a document marker", "---\na: b\n"],
    ["a directive", "%YAML 1.2\n---\na: b\n"],
    ["a root sequence", "- a\n"],
    ["an indented root", "  a: b\n"],
    ["a bad indent", "a:\n  b: 1\n c: 2\n"],
    ["a mapping value on the key's line", "a: b: c\n"],
    ["a value ending in a colon", "a: b:\n"],
    ["a sequence where a key belongs", "a: 1\n- b\n"],
    ["a nested sequence on one line", "a:\n  - - b\n"],
    ["a \\u escape", 'a: "\\u00e9"\n'],
    ["an unknown escape", 'a: "\\q"\n'],
    ["text after a quoted scalar", 'a: "b" c\n'],
    ["a plain scalar starting with an indicator", "a: @x\n"],
    ["a dash and a space as a value", "a: - b\n"],
    [
      "nesting deeper than 32",
      `${Array.from({ length: 40 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`,
    ],
  ])("leaves %s to js-yaml", (_name, text) => {
    expect(parseBlockYaml(text)).toBeUndefined();
  });

  it("never disagrees with js-yaml on mutated items (seeded fuzzing)", () => {
    const rnd = seededRandom(5);
    const pieces = [
      " ",
      "  ",
      "-",
      "- ",
      ":",
      ": ",
      "#",
      " #",
      '"',
      "'",
      "[",
      "]",
      "{",
      "}",
      ",",
      "\n",
      "\t",
      "\\",
      "|",
      ">",
      "!",
      "?",
      "~",
      "0",
      "null",
      "__proto__",
      "constructor",
      "\r",
      "\r\n",
      "\u0000",
      "\uFEFF",
      "\u0085",
      "\uD83D",
      "é",
      "0x1F",
      "-1",
      ".inf",
      "True",
      "\\u00e9",
      "{",
      "}",
      "{ a: b }",
      ", c: d",
      ": ",
      "&a ",
      "*a",
    ];
    const taken = fuzz(3000, () => {
      const base = generated[Math.floor(rnd() * generated.length)]!.content;
      return mutate(base, rnd, pieces);
    });
    // The fuzzing must exercise the fast path, not only its refusals.
    expect(taken).toBeGreaterThan(300);
  });

  it("never disagrees with js-yaml on texts built from tricky lines (seeded fuzzing)", () => {
    const rnd = seededRandom(9);
    const lines = [
      "k: v",
      "a:",
      "b:",
      "- v",
      "- k: v",
      "- a:",
      "-",
      "- ",
      "k: [a, b]",
      "k: ['x', \"y\"]",
      "k: 'x'",
      "# c",
      "",
      "k: v # c",
      "- - a",
      "k: {}",
      "k: -1",
      "k: ~",
      "c: x:y",
      "d: 'a''b'",
      'e: "a\\"b"',
      "-  # c",
      "k: # c",
      "f: [ ]",
      "g: [-1, .5, null]",
      "h: a b  ",
      "? a",
      "j: |",
      "  text",
      "x-y: 0o17",
      "1: a",
      "null: b",
      "k: v\r",
      "- [a]",
      "- {}",
      '- "q": 1',
      "k:v",
      "k :v",
      "---",
      "k: {a: b, c: 'd'}",
      "k: { how: Logs with id, from_slice: skeleton }",
      "- {a: 1, b: ~}",
      "k: {a: {b: c}}",
      "k: {a: [b]}",
      "k: {a: b,",
      "  c: d}",
      "k: {a: b, a: c}",
      "k: {a: b,}",
      "k: {a, b: c}",
      "k: {a: , b: c}",
      "k: {a:b}",
      "k: {a: b} # c",
      "k: {a: b}c",
      "k: {1: x, null: y}",
      "k: {a: <= 0.5%, b: it's}",
      "k: {a: -, b: c}",
      'k: {a: "x" y}',
      "k: {a: 'x''y', b: \"\\n\"}",
      "k: {__proto__: x}",
      "k: {a: b #c}",
      "k: { }",
      "{a: b}: c",
    ];
    const taken = fuzz(30_000, () => {
      const count = 1 + Math.floor(rnd() * 8);
      return Array.from({ length: count }, () => {
        const indent = rnd() < 0.3 ? 0 : Math.floor(rnd() * 7);
        return " ".repeat(indent) + lines[Math.floor(rnd() * lines.length)];
      }).join("\n");
    });
    expect(taken).toBeGreaterThan(500);
  });

  it("never disagrees with js-yaml on one-line flow mappings built from tricky entries (seeded fuzzing)", () => {
    const rnd = seededRandom(13);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
    const entries = [
      "a: b",
      "b: 'c'",
      'c: "d, e"',
      "d: ~",
      "e: -1",
      "f: x y",
      "g: it's",
      "h: <= 1%",
      "i: 0x1F",
      "j: true",
      "a: again",
      "k",
      "l: ",
      "m: [n]",
      "n: {o: p}",
      "o: &x y",
      "p: #c",
      "q:r",
      "1: s",
      "null: t",
      "__proto__: u",
      "'v': w",
      "w: -",
      "x: a]",
      'y: "z\\n"',
      "z: @q",
    ];
    const separators = [", ", ",", " , ", ",  ", ",\n  ", ",\n"];
    const taken = fuzz(20_000, () => {
      const count = Math.floor(rnd() * 4);
      const inner = Array.from({ length: count }, () => pick(entries));
      const pad = pick(["", " ", "  "]);
      let flow = "{" + pad;
      inner.forEach((entry, i) => (flow += (i > 0 ? pick(separators) : "") + entry));
      flow += (rnd() < 0.1 ? "," : "") + pad + "}" + pick(["", "", " # c", "#c", " x", "}"]);
      const line = pick(["k: ", "- ", "k:\n  - ", "k:\n  m: ", ""]) + flow;
      return pick(["", "a: 1\n", "k: 0\n"]) + line + pick(["", "\n", "\nz: 2\n", "\n  z: 2\n"]);
    });
    expect(taken).toBeGreaterThan(1000);
  });

  it("is what parseText uses, with the same result as js-yaml", () => {
    const text = generated[0]!.content;
    const parsed = parseText(text, false);
    expect(parsed).toEqual({ ok: true, data: jsYamlLoad(text) });
  });

  it("gives up quickly on a hostile one-line file", () => {
    const text = `a: "${"\\\\".repeat(200_000)}\n`;
    const nested = `a: ${"x: ".repeat(100_000)}\n`;
    // Linear work takes milliseconds. CPU time, not wall time: a busy machine stretches the latter.
    const { value, ms } = cpuTimed(() => [parseBlockYaml(text), parseBlockYaml(nested)]);
    expect(value).toEqual([undefined, undefined]);
    expect(ms).toBeLessThan(1000);
  });
});

/** Checks `rounds` texts from `make`; how many the fast reader took (the others it left). */
function fuzz(rounds: number, make: () => string): number {
  let taken = 0;
  for (let round = 0; round < rounds; round++) {
    const text = make();
    if (parseBlockYaml(text) !== undefined) taken++;
    if (!agrees(text)) expect.fail(`disagrees with js-yaml on:\n${JSON.stringify(text)}`);
  }
  return taken;
}

/** One to three random edits: insert a piece, delete a span, duplicate, indent or swap lines. */
function mutate(text: string, rnd: () => number, pieces: readonly string[]): string {
  let out = text;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rnd() * out.length);
    const kind = Math.floor(rnd() * 5);
    if (kind === 0)
      out = out.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + out.slice(at);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rnd() * 4));
    else {
      const lines = out.split("\n");
      const i = Math.floor(rnd() * lines.length);
      const j = Math.floor(rnd() * lines.length);
      if (kind === 2) lines.splice(i, 0, lines[j]!);
      else if (kind === 3) lines[i] = (rnd() < 0.5 ? " " : "  ") + lines[i];
      else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      out = lines.join("\n");
    }
  }
  return out;
}

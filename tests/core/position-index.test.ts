import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BlockLocator } from "../../core/parse/block-locator.js";
import { parseText } from "../../core/parse/parse-document.js";
import { parseProblemWords } from "../../core/rules/index.js";
import { DocumentPositions, PositionIndex } from "../../core/parse/position-index.js";
import type { PathSegment } from "../../core/parse/source-position.js";
import { generateItems } from "../../scripts/generate-items.js";
import { item, itemData, json } from "./support/item.js";

/** Every path in the data; with `missing`, also a missing key and index under each collection. */
function paths(data: unknown, missing: boolean, prefix: PathSegment[] = []): PathSegment[][] {
  const all: PathSegment[][] = [prefix];
  if (Array.isArray(data)) {
    data.forEach((v, i) => all.push(...paths(v, missing, [...prefix, i])));
    if (missing) all.push([...prefix, data.length], [...prefix, "nope"]);
  } else if (data !== null && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) all.push(...paths(v, missing, [...prefix, k]));
    if (missing) all.push([...prefix, "nope"], [...prefix, 0]);
  }
  return all;
}

/** Compares the fast locator with the full parse on every path; returns how often it answered. */
function compare(
  text: string,
  { isJson = false, missing = true, mayBeRefused = false } = {},
): { asked: number; answered: number } {
  const parsed = parseText(text, isJson);
  // A refused input has nothing to compare: hand-written ones belong with the refused inputs below.
  if (!mayBeRefused) expect(parsed).toMatchObject({ ok: true });
  if (!parsed.ok) return { asked: 0, answered: 0 };
  const fast = new BlockLocator(text);
  const full = new DocumentPositions(text);
  let asked = 0;
  let answered = 0;
  for (const path of paths(parsed.data, missing))
    for (const target of ["key", "value"] as const) {
      asked++;
      const quick = fast.locate(path, target);
      if (quick === undefined) continue;
      answered++;
      expect({ path, target, at: quick }).toEqual({
        path,
        target,
        at: full.locate(path, target),
      });
    }
  return { asked, answered };
}

const tricky: Record<string, string> = {
  "comments and blank lines":
    "# head\n\napiVersion: x # trailing\n\n# between\nteam:\n  # inside\n  domain_experts:\n\n    - '@a' # c\n",
  "a sequence at its key's indent":
    "slices:\n- id: a\n  value: x\n- id: b\n  depends_on:\n  - a\nmetrics: {}\n",
  "items on the line after the dash": "slices:\n  -\n    id: a\n  - # note\n    id: b\n",
  "nested compact sequences": "a:\n  - - x\n    - y\n  - - z\n",
  "quoted keys": '"apiVersion": v1\n\'id\': FEAT-1\n"with space": 1\n',
  "keys that need the parser": "\"we\\\"ird\": 1\n'it''s': 2\n? complex\n: 3\nplain: 4\n",
  "block scalars": "title: |\n  line one\n  key: not a key\nowner: >-\n  folded\nstatus: x\n",
  "multi-line plain and quoted": 'title: a long\n  title\nowner: "two\n  lines"\nstatus: x\n',
  "flow collections":
    "team: {domain_experts: ['@a', '@b']}\nslices: [{id: a}, {id: b}]\nx: [1,\n  2]\n",
  "anchors, aliases and tags": "a: &x {k: 1}\nb: *x\nc: !!str 3\nd:\n  - &y 1\n  - !!int 2\n",
  "null values": "a:\nb: ~\nc: \nd:\n  - \n  -\ne: 1\n",
  CRLF: "apiVersion: x\r\nteam:\r\n  domain_experts:\r\n    - '@a'\r\n",
  "a leading document marker": "---\napiVersion: x\nteam:\n  a: 1\n",
  "one-line flow sequences":
    "a: [x, \"y\", 'z', 1]\nb: [ p , q ]  # note\nc: []\nd:\n  - [m, n]\ne: [k: v, w]\nf: [g, [h]]\ng: [a,\n  b]\nh: [\"a\\\"b\", 'c''d', e f]\ni: [a#b, c]\n",
  "one-line flow mappings":
    "a: { how: Logs with id, from_slice: skeleton }\nb: {x: \"y, z\", 'q': 1}\nc: {}\nd:\n  - {k: v, w: 'it''s'}  # note\ne: {k: [v]}\nf: {k: {v: w}}\ng: {k: v,\n  w: x}\ni: {1: x, null: y}\nj: { k:  v , l:\t'm' }\n",
  "flow sequences over lines":
    'a: [x,\n  y, z,\n   \'w\']\nb:\n  c: [p,\n      q , r]  # note\n  d: [s,\n    # between\n    t]\ne: [u,\n  v\n  w]\nf: [g,\n  ]\nh:\n  - [i,\n     j]\nk: ["l",\n  "m"]\nn: [o,  \n  p]\n',
  "tabs before values": "a: \tx\nc: \t\nd:\n  - \tz\ne: \t# note\n  f: 1\n",
  "quoted values over lines":
    'title: "a\n  b: c\n  d"\nowner: \'x\n  y\'\nz:\n  - "1\n    2"\n  - 3\n',
  "deep nesting": "a:\n  b:\n    c:\n      - d:\n          e: [1]\n",
  "a key with a colon inside": "url:x: 1\n'a: b': 2\nk: http://x.y/z\n",
  unicode: "titel: Ünïcødé ✓\nowner: '@ä'\nx:\n  ñ: 1\n",
  "indented root": "  a: 1\n  b:\n    c: 2\n",
};

describe("the fast block locator", () => {
  it.each(Object.entries(tricky))("agrees with the full parse: %s", (_name, text) => {
    compare(text);
  });

  it("agrees with the full parse on the examples", () => {
    for (const file of readdirSync("examples/roadmap"))
      compare(readFileSync(`examples/roadmap/${file}`, "utf8"));
  });

  it("agrees with the full parse on generated items, and answers nearly every question", () => {
    let asked = 0;
    let answered = 0;
    for (const generated of generateItems({ count: 150, seed: 5, brokenShare: 0.5 })) {
      compare(generated.content, { mayBeRefused: true });
      const counts = compare(generated.content, { missing: false, mayBeRefused: true });
      asked += counts.asked;
      answered += counts.answered;
    }
    expect(answered / asked).toBeGreaterThan(0.9);
  });

  it("reads the entries of a one-line flow sequence of scalars itself", () => {
    const fast = new BlockLocator(tricky["one-line flow sequences"]!);
    expect(fast.locate(["a", 1], "value")).toEqual({ line: 1, column: 8 });
    expect(fast.locate(["d", 0, 1], "value")).toEqual({ line: 5, column: 9 });
    expect(fast.locate(["h", 2], "value")).toEqual({ line: 10, column: 21 });
    for (const path of [
      ["e", 1],
      ["f", 0],
    ])
      expect(fast.locate(path, "value")).toBeUndefined();
  });

  it("reads the entries of a flow sequence over lines itself, each entry on one line", () => {
    const fast = new BlockLocator(tricky["flow sequences over lines"]!);
    expect(fast.locate(["a", 0], "value")).toEqual({ line: 1, column: 5 });
    expect(fast.locate(["a", 2], "value")).toEqual({ line: 2, column: 6 });
    expect(fast.locate(["a", 3], "value")).toEqual({ line: 3, column: 4 });
    expect(fast.locate(["b", "c", 2], "value")).toEqual({ line: 6, column: 11 });
    expect(fast.locate(["h", 0, 1], "value")).toEqual({ line: 17, column: 6 });
    // A comment between entries, a scalar over lines, a comma before the end: the parser's.
    for (const path of [
      ["b", "d", 1],
      ["e", 0],
      ["f", 0],
    ])
      expect(fast.locate(path, "value")).toBeUndefined();
  });

  it("reads the keys and values of a one-line flow mapping of scalars itself", () => {
    const fast = new BlockLocator(tricky["one-line flow mappings"]!);
    expect(fast.locate(["a", "from_slice"], "key")).toEqual({ line: 1, column: 25 });
    expect(fast.locate(["a", "from_slice"], "value")).toEqual({ line: 1, column: 37 });
    expect(fast.locate(["d", 0, "w"], "value")).toEqual({ line: 5, column: 15 });
    for (const path of [
      ["b", "q"],
      ["e", "k"],
      ["f", "k"],
      ["g", "w"],
      ["j", "k"], // a tab after a key's colon
    ])
      expect(fast.locate(path, "value")).toBeUndefined();
  });

  it("leaves JSON to the full parse, which it agrees with where it answers", () => {
    compare(json(itemData()), { isJson: true });
  });

  it("leaves flow collections, props and null values to the full parse", () => {
    const fast = new BlockLocator(tricky["flow collections"]!);
    expect(fast.locate(["team", "domain_experts", 1], "value")).toBeUndefined();
    expect(
      new BlockLocator(tricky["anchors, aliases and tags"]!).locate(["c"], "value"),
    ).toBeUndefined();
    expect(new BlockLocator(tricky["null values"]!).locate(["a"], "value")).toBeUndefined();
  });
});

/** The parser's answer, its problem in its rule's words (core/rules/), as a finding says it. */
function refused(text: string) {
  const parsed = parseText(text, false);
  if (parsed.ok) return parsed;
  const { problem, line, column } = parsed;
  return { ok: false, ruleId: problem.ruleId, ...parseProblemWords(problem), line, column };
}

describe("inputs the parser refuses", () => {
  it("puts a tab in indentation at the tab, where the fast locator does not guess", () => {
    const text = "a:\n\tb: 1\n";
    expect(refused(text)).toEqual({
      ok: false,
      ruleId: "yaml-syntax",
      message: "Invalid YAML: tab characters must not be used in indentation",
      hint: "Fix the syntax at this position; a YAML linter or your editor's schema support shows it too.",
      line: 2,
      column: 1,
    });
    const fast = new BlockLocator(text);
    for (const path of [["a"], ["a", "b"]])
      for (const target of ["key", "value"] as const)
        expect(fast.locate(path, target)).toBeUndefined();
  });

  it("puts a duplicate key at its second occurrence, and locates the other keys as the full parse does", () => {
    const text = "a: 1\nb:\n  c: 1\na: 2\n";
    expect(refused(text)).toEqual({
      ok: false,
      ruleId: "duplicate-key",
      message: "A key appears twice in the same mapping",
      hint: "Keep one of the two keys: YAML tools disagree on which one wins.",
      line: 4,
      column: 1,
    });
    const fast = new BlockLocator(text);
    const full = new DocumentPositions(text);
    expect(fast.locate(["b", "c"], "value")).toEqual({ line: 3, column: 6 });
    for (const path of [["a"], ["b"], ["b", "c"]])
      for (const target of ["key", "value"] as const)
        expect(fast.locate(path, target)).toEqual(full.locate(path, target));
  });
  it("puts a duplicate key of a one-line flow mapping at its second occurrence, and locates the rest as the full parse does", () => {
    const text = "a: 1\nh: {k: v, k: w}\nb: {x: y}\n";
    expect(refused(text)).toEqual({
      ok: false,
      ruleId: "duplicate-key",
      message: "A key appears twice in the same mapping",
      hint: "Keep one of the two keys: YAML tools disagree on which one wins.",
      line: 2,
      column: 11,
    });
    const fast = new BlockLocator(text);
    const full = new DocumentPositions(text);
    expect(fast.locate(["b", "x"], "value")).toEqual({ line: 3, column: 8 });
    for (const path of [["a"], ["h"], ["h", "k"], ["b"], ["b", "x"]])
      for (const target of ["key", "value"] as const)
        expect(fast.locate(path, target)).toEqual(full.locate(path, target));
  });
});

describe("PositionIndex", () => {
  it("counts a lone CR as a line break, as js-yaml does", () => {
    const text = item() + "x-flow: {a: [1, 2]}\n";
    const lf = new PositionIndex(text);
    const cr = new PositionIndex(text.replace(/\n/g, "\r"));
    for (const path of [["owner"], ["slices", 1, "depends_on", 0], ["x-flow", "a", 1]])
      expect(cr.locate(path)).toEqual(lf.locate(path));
  });

  it("answers from the lines when it can and from the parse when it must", () => {
    const text = item() + "x-flow: {a: [1, 2]}\n";
    const index = new PositionIndex(text);
    const full = new DocumentPositions(text);
    for (const path of [["owner"], ["slices", 1, "depends_on", 0], ["x-flow", "a", 1]])
      expect(index.locate(path)).toEqual(full.locate(path));
  });
});

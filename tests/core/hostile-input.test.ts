import { describe, expect, it } from "vitest";
import type { Report } from "../../core/report.js";
import { cpuTimed } from "../support/cpu-time.js";
import { laughs } from "./rule-cases.js";
import { at, evaluateFiles, finding, policy } from "./support/evaluate.js";
import { item, itemData, json } from "./support/item.js";

const BAD = "roadmap/bad.yaml";
const GOOD = "roadmap/good.yaml";
/** A valid item with one known fault, judged in the same run as each hostile file. */
const good = item({ id: "FEAT-2", owner: "lee" });
const goodFinding = finding({
  ruleId: "handle-format",
  file: GOOD,
  ...at(good, "owner: |lee"),
  message: '"lee" is not a GitHub handle',
});

/**
 * Judges the hostile file beside a good one; the good one's finding must survive. Time is CPU
 * time (see cpu-time.ts): the bound is on the engine's work, not on the machine's load.
 */
function judge(content: string | Uint8Array, path = BAD, options = {}): Report {
  const { value: report, ms: elapsed } = cpuTimed(() =>
    evaluateFiles({ [path]: content, [GOOD]: good }, options),
  );
  expect(report.findings.filter((f) => f.file === GOOD)).toEqual([goodFinding]);
  expect(report.items.map((i) => i.file).sort()).toEqual([path, GOOD].sort());
  expect(elapsed).toBeLessThan(2_000);
  return report;
}

const findingsOf = (report: Report, file = BAD) => report.findings.filter((f) => f.file === file);

describe("files that are not items", () => {
  it("reports invalid YAML at the line the parser stopped", () => {
    const text = "apiVersion: roadmap-gate/v1\nid: FEAT-9\ntitle: 'never closed\nowner: '@x'\n";
    const report = judge(text);
    expect(findingsOf(report)).toEqual([
      finding({ ruleId: "yaml-syntax", file: BAD, line: 4, column: 9, message: "Invalid YAML" }),
    ]);
    expect(report.items.find((i) => i.file === BAD)).toMatchObject({ verdict: "unreadable" });
  });

  it.each([
    ["`@`", "owner: @support-eng\n", "owner: |@", 'owner: "@support-eng"'],
    ["`@` in a list", "sign_offs:\n  - @lee # risk\n", "- |@lee", '- "@lee"'],
    ["a backtick", 'title: `checkout` "v2"\n', "title: |`", "title: '`checkout` \"v2\"'"],
  ])("says that an unquoted value starting with %s must be quoted", (_name, tail, where, fix) => {
    const text = `apiVersion: roadmap-gate/v1\nid: FEAT-9\n${tail}`;
    const [found] = findingsOf(judge(text));
    expect(found).toEqual({
      ...finding({
        ruleId: "yaml-syntax",
        file: BAD,
        ...at(text, where),
        message: "must be quoted",
      }),
      hint: `Quote the value: ${fix}`,
    });
  });

  it("reports invalid JSON with its line", () => {
    const file = "roadmap/bad.json";
    const text = '{\n  "apiVersion": "roadmap-gate/v1",\n  "id": "FEAT-9"\n  "title": "x"\n}\n';
    expect(findingsOf(judge(text, file), file)).toEqual([
      finding({ ruleId: "yaml-syntax", file, ...at(text, '|"title"'), message: "Invalid JSON" }),
    ]);
  });

  it.each([
    ["a trailing comma", '{\n  "apiVersion": "roadmap-gate/v1",\n  "id": "FEAT-9",\n}\n', "}"],
    ["a missing value", '{\n  "apiVersion": "roadmap-gate/v1",\n  "id": \n}\n', "}"],
    ["single quotes", "{\n  'apiVersion': 'roadmap-gate/v1'\n}\n", "'apiVersion'"],
    ["a comment", '# item\n{\n  "apiVersion": "roadmap-gate/v1"\n}\n', "# item"],
    ["YAML in a .json file", "apiVersion: roadmap-gate/v1\nid: FEAT-9\n", "apiVersion"],
    ["a line break inside a string", '{\n  "title": "two\nlines"\n}\n', "\nlines"],
    ["a leading zero", '{\n  "issue": 012\n}\n', "12\n"],
    ["two documents", '{"id": "FEAT-9"}\n{"id": "FEAT-10"}\n', '{"id": "FEAT-10"'],
  ])("reports JSON that only YAML accepts (%s) at the fault", (_name, text, where) => {
    const file = "roadmap/bad.json";
    expect(findingsOf(judge(text, file), file)).toEqual([
      finding({ ruleId: "yaml-syntax", file, ...at(text, where), message: "Invalid JSON" }),
    ]);
  });

  it("reports an empty file", () => {
    expect(findingsOf(judge(""))).toEqual([
      finding({ ruleId: "empty-file", file: BAD, line: 1, column: 1, message: "empty" }),
    ]);
  });

  it("reports a file of comments and blank lines as empty", () => {
    expect(findingsOf(judge("# a roadmap item, soon\n\n   \n# TODO\n"))).toEqual([
      finding({ ruleId: "empty-file", file: BAD, line: 1, column: 1, message: "empty" }),
    ]);
  });

  it.each([
    ["a list", "- FEAT-1\n- FEAT-2\n", "holds a list"],
    ["a string", "just some words\n", "holds a string"],
    ["a number", "42\n", "holds a number"],
    ["null", "~\n", "holds null"],
    ["a JSON list", "[1, 2]\n", "holds a list"],
  ])("reports %s instead of a mapping", (_name, text, message) => {
    expect(findingsOf(judge(text))).toEqual([
      finding({ ruleId: "not-a-mapping", file: BAD, line: 1, column: 1, message }),
    ]);
  });

  it("reports a duplicate key in YAML at the second key", () => {
    const text = "apiVersion: roadmap-gate/v1\nid: FEAT-9\nid: FEAT-10\n";
    expect(findingsOf(judge(text))).toEqual([
      finding({ ruleId: "duplicate-key", file: BAD, ...at(text, "id: FEAT-10"), message: "twice" }),
    ]);
  });

  it("reports a duplicate key in JSON at the second key", () => {
    const file = "roadmap/bad.json";
    const text = '{\n  "id": "FEAT-9",\n  "title": "x",\n  "id": "FEAT-10"\n}\n';
    expect(findingsOf(judge(text, file), file)).toEqual([
      finding({ ruleId: "duplicate-key", file, line: 4, column: 3, message: "twice" }),
    ]);
  });

  it("reports a duplicate key in a nested mapping", () => {
    const text = item().replace("  latency:", "  error_budget:\n    objective: x\n  latency:");
    expect(findingsOf(judge(text)).map((f) => f.ruleId)).toEqual(["duplicate-key"]);
  });

  it("reports bytes that are not UTF-8 at the first bad byte", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("apiVersion: roadmap-gate/v1\ntitle: "),
      0xc3,
      0x28,
      0x0a,
    ]);
    expect(findingsOf(judge(bytes))).toEqual([
      finding({ ruleId: "not-utf8", file: BAD, line: 2, column: 8, message: "offset 35" }),
    ]);
  });

  it("reports a file over limits.max_file_bytes without parsing it", () => {
    const big = "# " + "x".repeat(2_000_000) + "\n" + item();
    expect(findingsOf(judge(big))).toEqual([
      finding({
        ruleId: "file-too-large",
        file: BAD,
        line: 1,
        column: 1,
        message: `The file is ${big.length} bytes; the limit is 1048576`,
      }),
    ]);
  });

  it("counts the limit in UTF-8 bytes, not characters", () => {
    const text = item({ title: "é".repeat(60) });
    const limit = policy({ limits: { max_file_bytes: text.length + 30 } });
    expect(findingsOf(judge(text, BAD, { policy: limit })).map((f) => f.ruleId)).toEqual([
      "file-too-large",
    ]);
  });
});

describe("files built to hurt the parser", () => {
  it("stops a billion-laughs alias bomb fast", () => {
    const { value: report, ms } = cpuTimed(() => judge(laughs(10)));
    expect(ms).toBeLessThan(1_000);
    expect(findingsOf(report)).toEqual([
      finding({ ruleId: "alias-bomb", file: BAD, line: 1, column: 1, message: "alias bomb" }),
    ]);
  });

  it("stops an alias bomb inside a valid item", () => {
    const text = item().replace("title: Bulk CSV export", "title: &t Bulk CSV export") + laughs(8);
    expect(findingsOf(judge(text)).map((f) => f.ruleId)).toEqual(["alias-bomb"]);
  });

  it("accepts a few honest anchors and aliases", () => {
    const text = item().replace('- "@ana"', '- &ana "@ana"') + "x-notes:\n  expert: *ana\n";
    expect(findingsOf(judge(text))).toEqual([]);
  });

  it.each([
    ["a flow list", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"],
    ["a flow mapping", "a: " + "{a: ".repeat(10_000) + "}".repeat(10_000) + "\n"],
    ["a block sequence", "a:\n  " + "- ".repeat(10_000) + "x\n"],
    ["a flow list with an anchor", "a: &x " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"],
  ])("refuses %s nested 10,000 deep", (_name, text) => {
    const [only] = findingsOf(judge(text));
    expect(only).toMatchObject({ ruleId: "too-deep", file: BAD, line: expect.any(Number) });
  });

  it("refuses JSON nested 10,000 deep", () => {
    const file = "roadmap/deep.json";
    const text = '{"a": ' + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    expect(findingsOf(judge(text, file), file)).toEqual([
      expect.objectContaining({ ruleId: "too-deep", file }),
    ]);
  });

  it.each([
    ["!!js/function", "apiVersion: !!js/function 'function () { return 1 }'\n"],
    ["!!js/undefined", "apiVersion: !!js/undefined ''\n"],
    ["!!python/object", "apiVersion: !!python/object:os.system 'ls'\n"],
    ["!foo", "apiVersion: roadmap-gate/v1\nid: !foo FEAT-9\n"],
  ])("refuses the tag %s", (_tag, text) => {
    const [only] = findingsOf(judge(text));
    expect(only).toMatchObject({ ruleId: "unknown-tag", file: BAD, message: expect.any(String) });
    expect(only!.line).toBe(text.split("\n").findIndex((l) => l.includes("!")) + 1);
  });

  const hostileKeys = ["__proto__", "constructor", "prototype"];

  it("reports __proto__, constructor and prototype as unknown keys in YAML", () => {
    const text =
      item({ status: "proposed" }) +
      "__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nprototype: 1\n";
    const report = judge(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(findingsOf(report)).toEqual(
      hostileKeys.map((key) =>
        finding({
          ruleId: "unknown-key",
          file: BAD,
          ...at(text, `\n|${key}:`),
          message: `Unknown key \`${key}\` in FEAT-1`,
        }),
      ),
    );
  });

  it("reports __proto__, constructor and prototype as unknown keys in JSON", () => {
    const file = "roadmap/bad.json";
    const text = json(itemData({ status: "proposed" })).replace(
      /\n}\n$/,
      ',\n  "__proto__": {"polluted": true},\n  "constructor": {"prototype": {"polluted": true}},\n  "prototype": 1\n}\n',
    );
    const report = judge(text, file);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(findingsOf(report, file)).toEqual(
      hostileKeys.map((key) =>
        finding({
          ruleId: "unknown-key",
          file,
          ...at(text, `\n  |"${key}"`),
          message: `Unknown key \`${key}\` in FEAT-1`,
        }),
      ),
    );
  });

  it("does not pollute through an aliased __proto__", () => {
    const text = "p: &p {polluted: yes}\n__proto__: *p\n";
    judge(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("handles a line of half a megabyte", () => {
    const text = item({ title: "x".repeat(500_000), owner: "lee" });
    expect(findingsOf(judge(text))).toEqual([
      finding({ ruleId: "handle-format", file: BAD, ...at(text, "owner: |lee"), message: "lee" }),
    ]);
  });

  it("reports thousands of unknown keys quickly, each at its line", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join("\n");
    const text = item({ status: "proposed" }) + keys + "\n";
    const { value: found, ms } = cpuTimed(() => findingsOf(judge(text)));
    expect(ms).toBeLessThan(3_000);
    expect(found).toHaveLength(20_000);
    expect(found[19_999]).toEqual(
      finding({ ruleId: "unknown-key", file: BAD, ...at(text, "k19999:"), message: "`k19999`" }),
    );
  });
});

describe("encodings and line endings", () => {
  it("reads a file that starts with a byte order mark, with positions unchanged", () => {
    const text = item({ owner: "lee" });
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(findingsOf(judge(bytes))).toEqual([
      finding({ ruleId: "handle-format", file: BAD, ...at(text, "owner: |lee"), message: "lee" }),
    ]);
    expect(findingsOf(judge("\ufeff" + text))).toEqual(findingsOf(judge(bytes)));
  });

  it("keeps lines and columns right with CRLF line endings", () => {
    const text = item({ owner: "lee", metrics: { ...(itemData().metrics as object), x: 1 } });
    const crlf = text.replace(/\n/g, "\r\n");
    expect(findingsOf(judge(crlf))).toEqual([
      finding({ ruleId: "handle-format", file: BAD, ...at(text, "owner: |lee"), message: "lee" }),
      finding({ ruleId: "wrong-type", file: BAD, ...at(text, "  x: |1"), message: "a mapping" }),
    ]);
  });

  it("keeps lines and columns right with CR-only line endings, after a leading comment", () => {
    const text =
      "# an item\n" + item({ owner: "lee", metrics: { ...(itemData().metrics as object), x: 1 } });
    const cr = text.replace(/\n/g, "\r");
    expect(findingsOf(judge(cr))).toEqual([
      finding({ ruleId: "handle-format", file: BAD, ...at(text, "owner: |lee"), message: "lee" }),
      finding({ ruleId: "wrong-type", file: BAD, ...at(text, "  x: |1"), message: "a mapping" }),
    ]);
  });

  it("reports a file of comments with CR-only line endings as empty", () => {
    expect(findingsOf(judge("# one\r# two\r\r"))).toEqual([
      finding({ ruleId: "empty-file", file: BAD, line: 1, column: 1, message: "empty" }),
    ]);
  });

  it.each([
    [
      "a syntax error",
      "apiVersion: roadmap-gate/v1\nid: FEAT-9\ntitle: 'never closed\nowner: '@x'\n",
      "yaml-syntax",
      "owner: '|@x'",
    ],
    ["an unknown tag", "apiVersion: roadmap-gate/v1\nid: !foo FEAT-9\n", "unknown-tag", "|!foo"],
  ])("puts %s in a CR-only file where it is in the LF file", (_name, text, ruleId, where) => {
    expect(findingsOf(judge(text.replace(/\n/g, "\r")))).toEqual([
      finding({ ruleId, file: BAD, ...at(text, where), message: "" }),
    ]);
  });

  it("puts a JSON syntax error in a CR-only file on its line", () => {
    const file = "roadmap/cr.json";
    const text = '{\n  "apiVersion": "roadmap-gate/v1",\n  "id": "FEAT-9"\n  "title": "x"\n}\n';
    expect(findingsOf(judge(text.replace(/\n/g, "\r"), file), file)).toEqual([
      finding({ ruleId: "yaml-syntax", file, ...at(text, '|"title"'), message: "Invalid JSON" }),
    ]);
  });

  it.each([
    ["after a key", "owner: \tlee", "owner: \t|lee"],
    ["after a key, between spaces", "owner:  \t lee", "owner:  \t |lee"],
  ])("puts a value after a tab (%s) at its first character", (_name, written, where) => {
    const text = item().replace('owner: "@lee"', written);
    expect(findingsOf(judge(text))).toEqual([
      finding({ ruleId: "handle-format", file: BAD, ...at(text, where), message: "lee" }),
    ]);
  });

  it("puts a list entry after a tab at its first character", () => {
    const text = item().replace('- "@ana"', "- \tana");
    expect(findingsOf(judge(text))).toEqual([
      finding({ ruleId: "handle-format", file: BAD, ...at(text, "- \t|ana"), message: "ana" }),
    ]);
  });

  it("keeps lines right with CRLF in a JSON item", () => {
    const file = "roadmap/crlf.json";
    const text = json(itemData({ owner: "lee" }));
    expect(findingsOf(judge(text.replace(/\n/g, "\r\n"), file), file)).toEqual([
      finding({ ruleId: "handle-format", file, ...at(text, '"owner": |"lee"'), message: "lee" }),
    ]);
  });
});

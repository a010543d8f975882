import { describe, expect, it, vi } from "vitest";
import { parseText } from "../../core/parse/parse-document.js";
import { readOptionsFrom } from "../../core/parse/read-options.js";
import { FILE } from "./support/evaluate.js";
import { item, itemData } from "./support/item.js";
import { evaluate } from "../../core/evaluate.js";
import { defaultPolicy } from "../../core/policy/policy.js";

// The fast reader, replaced by one that says it was asked: off means it is never asked.
vi.mock("../../core/parse/block-yaml.js", () => ({
  parseBlockYaml: () => {
    throw new Error("the fast reader was asked");
  },
}));

describe("turning the fast reader off", () => {
  it("asks the fast reader by default", () => {
    expect(() => parseText(item(), false)).toThrow("the fast reader was asked");
  });

  it("reads with js-yaml alone when it is off", () => {
    expect(parseText(item(), false, { fastReader: false })).toEqual({ ok: true, data: itemData() });
  });

  it("reaches every file an evaluation reads, judged or read for its id", () => {
    const run = (read = {}) =>
      evaluate({
        files: [{ path: FILE, content: item() }],
        // Same id, earlier path: FILE's id is a duplicate only if this one is read.
        others: [{ path: "roadmap/a-first.yaml", content: item() }],
        policy: defaultPolicy(),
        today: "2026-11-25",
        read,
      });
    expect(run().findings.map((f) => f.message)).toEqual([
      expect.stringContaining("the fast reader was asked"),
    ]);
    expect(run({ fastReader: false }).findings.map((f) => f.ruleId)).toEqual(["id-duplicate"]);
  });

  it.each([
    [{ ROADMAP_GATE_FAST_READER: "off" }, { fastReader: false }],
    [{ ROADMAP_GATE_FAST_READER: " OFF " }, { fastReader: false }],
    [{ ROADMAP_GATE_FAST_READER: "0" }, { fastReader: false }],
    [{ ROADMAP_GATE_FAST_READER: "false" }, { fastReader: false }],
    [{ ROADMAP_GATE_FAST_READER: "on" }, {}],
    [{}, {}],
  ])("reads %j as %j", (env, expected) => {
    expect(readOptionsFrom(env)).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import { evaluate } from "../../core/evaluate.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { at, evaluateFiles, finding, sources } from "./support/evaluate.js";
import { item, itemData, json, TODAY } from "./support/item.js";

const text = item();
const idAt = at(text, "id: |FEAT-1");

const duplicate = (file: string, message: string) =>
  finding({ ruleId: "id-duplicate", file, ...idAt, message });

describe("item ids across files", () => {
  it("reports every file that shares an id, each naming the others", () => {
    const report = evaluateFiles({
      "roadmap/c.yaml": text,
      "roadmap/a.yaml": text,
      "roadmap/b.yaml": text,
    });
    expect(report.findings).toEqual([
      duplicate("roadmap/a.yaml", "Item id FEAT-1 is also used by roadmap/b.yaml, roadmap/c.yaml"),
      duplicate("roadmap/b.yaml", "Item id FEAT-1 is also used by roadmap/a.yaml, roadmap/c.yaml"),
      duplicate("roadmap/c.yaml", "Item id FEAT-1 is also used by roadmap/a.yaml, roadmap/b.yaml"),
    ]);
    expect(report.items.map((i) => i.verdict)).toEqual(["fail", "fail", "fail"]);
  });

  it("flags a new file that reuses the id of a file sorting after it, which is not judged", () => {
    const report = evaluateFiles(
      { "roadmap/a-new.yaml": text },
      { others: { "roadmap/z-old.yaml": text, "roadmap/m.yaml": item({ id: "FEAT-9" }) } },
    );
    expect(report.findings).toEqual([
      duplicate("roadmap/a-new.yaml", "Item id FEAT-1 is also used by roadmap/z-old.yaml"),
    ]);
    expect(report.result).toBe("fail");
  });

  it("checks ids against files that are not judged in this run", () => {
    const report = evaluateFiles(
      { "roadmap/b.yaml": text },
      { others: { "roadmap/a.yaml": text, "roadmap/z.yaml": item({ id: "FEAT-9" }) } },
    );
    expect(report.findings).toEqual([
      duplicate("roadmap/b.yaml", "Item id FEAT-1 is also used by roadmap/a.yaml"),
    ]);
    expect(report.items.map((i) => i.file)).toEqual(["roadmap/b.yaml"]);
  });

  it("names a few of many files that share an id, and how many more", () => {
    const files = Object.fromEntries(
      ["a", "b", "c", "d", "e", "f"].map((n) => [`roadmap/${n}.yaml`, text]),
    );
    const report = evaluateFiles(files);
    expect(report.findings).toHaveLength(6);
    expect(report.findings[0]).toEqual(
      duplicate(
        "roadmap/a.yaml",
        "also used by roadmap/b.yaml, roadmap/c.yaml, roadmap/d.yaml, 2 more",
      ),
    );
  });

  it("does not report a judged file that also appears among the others", () => {
    const report = evaluateFiles(
      { "roadmap/a.yaml": text },
      { others: { "roadmap/a.yaml": text } },
    );
    expect(report.findings).toEqual([]);
  });

  it("ignores other files that cannot be read", () => {
    const report = evaluateFiles(
      { "roadmap/b.yaml": text },
      { others: { "roadmap/a.yaml": "id: [FEAT-1", "roadmap/c.yaml": new Uint8Array([0xff]) } },
    );
    expect(report.findings).toEqual([]);
  });

  it("compares ids across YAML and JSON items", () => {
    const report = evaluateFiles({
      "roadmap/a.json": json(itemData()),
      "roadmap/b.yaml": text,
    });
    expect(report.findings.map((f) => [f.file, f.ruleId, f.message])).toEqual([
      ["roadmap/a.json", "id-duplicate", "Item id FEAT-1 is also used by roadmap/b.yaml"],
      ["roadmap/b.yaml", "id-duplicate", "Item id FEAT-1 is also used by roadmap/a.json"],
    ]);
  });

  it("treats ids as case-sensitive text, as written", () => {
    const report = evaluateFiles({
      "roadmap/a.yaml": text,
      "roadmap/b.yaml": item({ id: "FEAT-01" }),
    });
    expect(report.findings).toEqual([]);
  });
});

describe("ids known from elsewhere (another worker's files)", () => {
  const run = (knownIds: { file: string; id: string }[]) =>
    evaluate({
      files: sources({ "roadmap/m.yaml": text }),
      knownIds,
      policy: defaultPolicy(),
      today: TODAY,
    });

  it("reports an id that a file elsewhere holds, whichever way the names sort", () => {
    for (const other of ["roadmap/a.yaml", "roadmap/z.yaml"]) {
      expect(run([{ file: other, id: "FEAT-1" }]).findings).toEqual([
        duplicate("roadmap/m.yaml", `Item id FEAT-1 is also used by ${other}`),
      ]);
    }
  });

  it("reports nothing for ids elsewhere that differ", () => {
    expect(run([{ file: "roadmap/z.yaml", id: "FEAT-2" }]).findings).toEqual([]);
  });
});

describe("the report's items", () => {
  it("keep the order the files were given in", () => {
    const report = evaluateFiles({
      "roadmap/c.yaml": item({ id: "FEAT-3" }),
      "roadmap/a.yaml": item({ id: "FEAT-1" }),
      "roadmap/b.yaml": "id: [",
    });
    expect(report.items.map((i) => [i.file, i.verdict])).toEqual([
      ["roadmap/c.yaml", "pass"],
      ["roadmap/a.yaml", "pass"],
      ["roadmap/b.yaml", "unreadable"],
    ]);
  });
});

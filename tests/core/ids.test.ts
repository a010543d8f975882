import { describe, expect, it } from "vitest";
import { evaluate } from "../../core/evaluate.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { at, evaluateFiles, finding, sources } from "./support/evaluate.js";
import { item, itemData, json, TODAY } from "./support/item.js";

const text = item();
const idAt = at(text, "id: |FEAT-1");

describe("item ids across files", () => {
  it("reports every later file that reuses an id, naming the first", () => {
    const report = evaluateFiles({
      "roadmap/c.yaml": text,
      "roadmap/a.yaml": text,
      "roadmap/b.yaml": text,
    });
    expect(report.findings).toEqual([
      finding({
        ruleId: "id-duplicate",
        file: "roadmap/b.yaml",
        ...idAt,
        message: "Item id FEAT-1 is already used by roadmap/a.yaml",
      }),
      finding({
        ruleId: "id-duplicate",
        file: "roadmap/c.yaml",
        ...idAt,
        message: "Item id FEAT-1 is already used by roadmap/a.yaml",
      }),
    ]);
  });

  it("checks ids against files that are not judged in this run", () => {
    const report = evaluateFiles(
      { "roadmap/b.yaml": text },
      { others: { "roadmap/a.yaml": text, "roadmap/z.yaml": item({ id: "FEAT-9" }) } },
    );
    expect(report.findings).toEqual([
      finding({
        ruleId: "id-duplicate",
        file: "roadmap/b.yaml",
        ...idAt,
        message: "already used by roadmap/a.yaml",
      }),
    ]);
    expect(report.items.map((i) => i.file)).toEqual(["roadmap/b.yaml"]);
  });

  it("does not report a judged file that also appears among the others", () => {
    const report = evaluateFiles(
      { "roadmap/a.yaml": text },
      { others: { "roadmap/a.yaml": text } },
    );
    expect(report.findings).toEqual([]);
  });

  it("lets the first file keep its id when a later one in the others reuses it", () => {
    const report = evaluateFiles(
      { "roadmap/a.yaml": text },
      { others: { "roadmap/b.yaml": text } },
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
    expect(report.findings).toEqual([
      finding({
        ruleId: "id-duplicate",
        file: "roadmap/b.yaml",
        ...idAt,
        message: "already used by roadmap/a.json",
      }),
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

  it("reports an id that an earlier file elsewhere holds", () => {
    expect(run([{ file: "roadmap/a.yaml", id: "FEAT-1" }]).findings).toEqual([
      finding({
        ruleId: "id-duplicate",
        file: "roadmap/m.yaml",
        ...idAt,
        message: "already used by roadmap/a.yaml",
      }),
    ]);
  });

  it("keeps the id of a file that comes before the one elsewhere", () => {
    expect(run([{ file: "roadmap/z.yaml", id: "FEAT-1" }]).findings).toEqual([]);
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

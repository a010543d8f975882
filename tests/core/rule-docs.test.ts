import { describe, expect, it } from "vitest";
import { ruleCatalog } from "../../core/rules/index.js";

describe("each rule's docs", () => {
  it("gives every rule of the catalog an example that triggers it and a fix", () => {
    const lacking = [...ruleCatalog().values()]
      .filter(
        (rule) =>
          !rule.docs ||
          rule.docs.example.length === 0 ||
          rule.docs.example.every((line) => line.trim() === "") ||
          rule.docs.fix.trim() === "",
      )
      .map((rule) => rule.id);
    expect(lacking, "add docs: { example, fix } to these rules' meta in core/rules/").toEqual([]);
  });

  it("ends every fix with a full stop, as the pages print it as a sentence", () => {
    const unfinished = [...ruleCatalog().values()]
      .filter((rule) => rule.docs && !/[.)]$/.test(rule.docs.fix.trim()))
      .map((rule) => rule.id);
    expect(unfinished).toEqual([]);
  });
});

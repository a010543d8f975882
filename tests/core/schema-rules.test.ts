import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { shapeFindings } from "../../core/load/shape-findings.js";
import { schemaRules } from "../../core/rules/index.js";

/** A validator built as scripts/build-validators.mjs builds the published ones. */
function validator(schema: object) {
  return new Ajv2020({ allErrors: true, strict: false, verbose: true, messages: false }).compile(
    schema,
  );
}

describe("schema rules", () => {
  it("name each ajv keyword once (a `pattern` goes to the rule its schema names)", () => {
    const named = schemaRules.flatMap((r) =>
      r.keywords.filter((k) => k !== "pattern").map((k) => `${k} ${r.meta.id}`),
    );
    const keywords = named.map((entry) => entry.split(" ")[0]);
    expect(keywords.filter((k, i) => keywords.indexOf(k) !== i)).toEqual([]);
    expect(named).toEqual([
      "const api-version",
      "additionalProperties unknown-key",
      "propertyNames key-format",
      "required missing-field",
      "type wrong-type",
      "enum invalid-value",
      "minimum invalid-value",
      "maximum invalid-value",
      "minItems empty-list",
      "minLength empty-value",
      "uniqueItems duplicate-entry",
    ]);
  });

  it("leave what no rule names to invalid-value: another keyword, a pattern without a rule", () => {
    const validate = validator({
      type: "object",
      properties: {
        code: { type: "string", maxLength: 2 },
        name: { type: "string", pattern: "^[a-z]+$" },
        handle: { type: "string", pattern: "^@", $comment: "rule: handle-format" },
        note: { type: "string", pattern: "\\S", $comment: "rule: empty-value" },
      },
    });
    const data = { code: "abc", name: "A1", handle: "lee", note: " " };
    expect(shapeFindings(validate, data, "the policy")).toEqual([
      {
        ruleId: "invalid-value",
        level: "error",
        path: ["code"],
        target: "value",
        message: "`code` in the policy is not valid: maxLength",
        hint: "See the JSON Schema in schemas/ for the expected shape.",
      },
      {
        ruleId: "invalid-value",
        level: "error",
        path: ["name"],
        target: "value",
        message: '`name` in the policy "A1" does not match the schema\'s pattern',
        hint: "See the JSON Schema in schemas/ for the expected shape.",
      },
      {
        ruleId: "handle-format",
        level: "error",
        path: ["handle"],
        target: "value",
        message: '`handle` in the policy "lee" is not a GitHub handle',
        hint: "Write @user or @org/team.",
      },
      {
        ruleId: "empty-value",
        level: "error",
        path: ["note"],
        target: "value",
        message: "`note` in the policy is blank",
        hint: "Write a value.",
      },
    ]);
  });

  it("capitalise the document's name at the start of a message, and only there", () => {
    const validate = validator({ type: "object", required: ["owner"] });
    expect(shapeFindings(validate, {}, "the policy")).toEqual([
      {
        ruleId: "missing-field",
        level: "error",
        path: [],
        target: "value",
        field: ["owner"],
        message: "The policy has no `owner`",
        hint: "Add owner: @user or @org/team.",
      },
    ]);
  });
});

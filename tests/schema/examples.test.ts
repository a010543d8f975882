import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { evaluate } from "../../core/evaluate.js";
import { parseText } from "../../core/parse/parse-document.js";
import { policy as testPolicy } from "../core/support/evaluate.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { schemaRules } from "../../core/rules/index.js";
import { generateItems } from "../../scripts/generate-items.js";

const itemSchema = JSON.parse(readFileSync("schemas/roadmap-item.schema.json", "utf8"));
const configSchema = JSON.parse(readFileSync("schemas/config.schema.json", "utf8"));
const shapeRuleIds = new Set(schemaRules.map((r) => r.meta.id));
const TODAY = "2026-11-25";

const all = readdirSync("examples", { recursive: true, encoding: "utf8" })
  .map((f) => join("examples", f))
  .sort();
// examples/slos/ holds SLO files in OpenSLO's, Sloth's and Pyrra's formats, not ours.
const sloFiles = all.filter((f) => f.startsWith(join("examples", "slos")) && /\.ya?ml$/.test(f));
const files = all.filter((f) => /\.ya?ml$/.test(f) && !sloFiles.includes(f));
const items = all.filter((f) => /^examples\/roadmap\/.*\.(ya?ml|json)$/.test(f));

describe("the examples", () => {
  it("include items and a policy", () => {
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(files).toContain(join("examples", ".github", "roadmap-gate.yml"));
  });

  it.each(files)("%s names its schema for editors on the first line", (file) => {
    const first = readFileSync(file, "utf8").split("\n")[0]!;
    const schema = file.endsWith("roadmap-gate.yml") ? configSchema : itemSchema;
    expect(first).toBe(`# yaml-language-server: $schema=${schema.$id}`);
  });
});

describe("the SLO examples", () => {
  it("are read without a finding, and the example items agree with them", () => {
    const policy = testPolicy({ slo: { sloth_period: "28d" } });
    const report = evaluate({
      files: items.map((path) => ({ path, content: readFileSync(path, "utf8") })),
      sloFiles: sloFiles.map((path) => ({ path, content: readFileSync(path, "utf8") })),
      policy,
      today: TODAY,
    });
    expect(sloFiles.length).toBe(3);
    expect(report.findings.filter((f) => /^sl[io]-/.test(f.ruleId))).toEqual([]);
    expect(
      report.items.flatMap((i) => i.metrics.flatMap((m) => (m.slo ? [m.slo.status] : []))),
    ).toEqual(["found", "found"]);
  });
});

describe("the schema and the engine agree on every example", () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(itemSchema);

  it.each(items)("%s", (file) => {
    const text = readFileSync(file, "utf8");
    const parsed = parseText(text, file.endsWith(".json"));
    if (!parsed.ok) throw new Error(`${file} does not parse: ${JSON.stringify(parsed.problem)}`);
    const schemaValid = validate(parsed.data);
    const report = evaluate({
      files: [{ path: file, content: text }],
      policy: defaultPolicy(),
      today: TODAY,
    });
    const shapeFindings = report.findings.filter((f) => shapeRuleIds.has(f.ruleId));
    if (schemaValid) expect(shapeFindings).toEqual([]);
    else expect(shapeFindings).not.toEqual([]);
  });

  it("include both a valid and an invalid item, so the agreement is tested both ways", () => {
    const verdicts = items.map((file) => {
      const parsed = parseText(readFileSync(file, "utf8"), file.endsWith(".json"));
      return parsed.ok && validate(parsed.data);
    });
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });
});

describe("the schema and the engine agree on generated items", () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(itemSchema);
  const generated = generateItems({ count: 400, seed: 11, today: TODAY, brokenShare: 0.5 });
  const report = evaluate({ files: generated, policy: defaultPolicy(), today: TODAY });

  it("on every item that parses", () => {
    const disagreements = generated.flatMap((item) => {
      const parsed = parseText(item.content, false);
      if (!parsed.ok) return [];
      const schemaValid = validate(parsed.data);
      const shape = report.findings.filter(
        (f) => f.file === item.path && shapeRuleIds.has(f.ruleId),
      );
      return schemaValid === (shape.length === 0)
        ? []
        : [
            {
              path: item.path,
              broken: item.broken,
              schemaValid,
              shape: shape.map((f) => f.ruleId),
            },
          ];
    });
    expect(disagreements).toEqual([]);
  });
});

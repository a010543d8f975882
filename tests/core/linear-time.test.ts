import { describe, expect, it } from "vitest";
import { loadPolicy } from "../../core/policy/load-policy.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { at, evaluateOne, FILE, finding } from "./support/evaluate.js";
import { item } from "./support/item.js";

/**
 * Inputs within the documented limits that once took seconds to minutes, or crashed, because one
 * stage was quadratic (or worse) in them. Each test uses a size where the old code took seconds,
 * and asserts the whole answer, so a regression shows as a timeout or a wrong answer.
 */

const POLICY = ".github/roadmap-gate.yml";

describe("the policy loader", () => {
  it("reads a policy under two banners of 30 `#` (was 95 s)", () => {
    const banner = "#".repeat(30);
    const text = `${banner}\n${banner}\nsign_off:\n  min_approvals: 2\n`;
    const { policy, findings } = loadPolicy({ path: POLICY, content: text });
    expect(findings).toEqual([]);
    expect(policy!.sign_off.min_approvals).toBe(2);
  });

  it("takes a file of banners only as all defaults", () => {
    const banner = "#".repeat(40);
    const text = `${banner}\n  ${banner}\n\n${banner}`;
    expect(loadPolicy({ path: POLICY, content: text })).toEqual({
      policy: defaultPolicy(),
      document: {},
      findings: [],
    });
  });
});

describe("the position locator", () => {
  it("finds keys after a quoted title continued on a line of 200,000 spaces (was 33 s)", () => {
    const title = `title: "Bulk CSV\nexport${" ".repeat(200_000)}now\n  for everyone"`;
    const text = item({ owner: "lee" }).replace("title: Bulk CSV export", title);
    expect(evaluateOne(text).findings).toEqual([
      finding({ ruleId: "handle-format", file: FILE, ...at(text, "owner: |lee"), message: "lee" }),
    ]);
  });

  it("reads a line of 200,000 spaces at a mapping's indent in one pass (was 85 s)", () => {
    const tags = `x-tags: [a,\nb${" ".repeat(200_000)}c]`;
    const text = item({ owner: "lee" }).replace("title: Bulk CSV export", `$&\n${tags}`);
    expect(evaluateOne(text).findings).toEqual([
      finding({ ruleId: "handle-format", file: FILE, ...at(text, "owner: |lee"), message: "lee" }),
    ]);
  });
});

describe("shape findings", () => {
  it("reports 20,000 badly named metrics once each, and nothing about the mapping (was 78 s)", () => {
    const count = 20_000;
    const keys = Array.from({ length: count }, (_, i) => `  Metric${i}: 1`).join("\n");
    const text = item().replace("metrics:\n", `metrics:\n${keys}\n`);
    const first = at(text, "  |Metric0:").line;
    const expected = Array.from({ length: count }, (_, i) => [
      finding({
        ruleId: "key-format",
        file: FILE,
        line: first + i,
        column: 3,
        message: `\`Metric${i}\` in \`metrics\` is not a snake_case kind`,
      }),
      finding({
        ruleId: "wrong-type",
        file: FILE,
        line: first + i,
        column: `  Metric${i}: `.length + 1,
        message: `\`metrics.Metric${i}\` in FEAT-1 must be a mapping`,
      }),
    ]).flat();
    expect(evaluateOne(text).findings).toEqual(expected);
  });
});

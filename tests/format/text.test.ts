import { describe, expect, it } from "vitest";
import { formatText } from "../../core/format/text.js";
import { finding, item, report } from "./report-builder.js";

describe("formatText", () => {
  it("groups findings by file, each with its hint, then notices and the counts", () => {
    const text = formatText(
      report({
        items: [item(), item({ file: "roadmap/feat-2.yaml" }), item({ file: "roadmap/x.yaml" })],
        findings: [
          finding(),
          finding({
            file: "roadmap/feat-2.yaml",
            line: 9,
            column: 5,
            level: "warning",
            ruleId: "r2",
            message: "m2",
            hint: "h2",
          }),
          finding({
            file: "roadmap/feat-2.yaml",
            line: 12,
            column: 7,
            level: "error",
            ruleId: "r3",
            message: "m3",
            hint: "h3",
          }),
        ],
        notices: ["Sign-offs were not verified."],
      }),
    );
    expect(text).toBe(
      [
        "roadmap/feat-1.yaml:3:1  error    FEAT-1 is `planned` but has no `latency` metric  [metric-missing]",
        "    hint: Add metrics.latency with an objective, a window and a source.",
        "",
        "roadmap/feat-2.yaml:9:5  warning  m2  [r2]",
        "    hint: h2",
        "roadmap/feat-2.yaml:12:7  error    m3  [r3]",
        "    hint: h3",
        "",
        "note: Sign-offs were not verified.",
        "✖ 2 errors, 1 warning in 3 items",
        "",
      ].join("\n"),
    );
  });

  it("says there is nothing wrong in one count line", () => {
    expect(formatText(report())).toBe("✔ 0 errors, 0 warnings in 1 item\n");
  });

  it("counts notes only when there are some", () => {
    const text = formatText(report({ findings: [finding({ level: "note" })] }));
    expect(text).toContain("✔ 0 errors, 0 warnings, 1 note in 1 item");
  });

  it("names the pull request for a finding that is not in a file", () => {
    const text = formatText(
      report({ findings: [finding({ file: "", message: "No item linked" })] }),
    );
    expect(text).toContain("(pull request)  error    No item linked  [metric-missing]");
  });

  it("does not let user text send escape sequences to the terminal", () => {
    const text = formatText(
      report({ findings: [finding({ message: "key `\u001b[2Jx`\nnext", hint: "a\tb" })] }),
    );
    expect(text).toContain("key `\\u001b[2Jx` next");
    expect(text).toContain("hint: a b");
    expect(text).not.toContain("\u001b");
  });

  it("colours levels and the result when asked", () => {
    const text = formatText(report({ findings: [finding()] }), { color: true });
    expect(text).toContain("\u001b[31merror  \u001b[0m");
    expect(text).toContain("\u001b[31;1m✖\u001b[0m");
  });
});

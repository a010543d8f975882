import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../core/format/github.js";
import { finding, report } from "./report-builder.js";

describe("formatGithub", () => {
  it("writes an annotation per finding, errors first, notes as notices", () => {
    const text = formatGithub(
      report({
        findings: [
          finding({
            level: "note",
            ruleId: "waiver-applied",
            line: 1,
            message: "waived",
            hint: "h",
          }),
          finding({ level: "warning", ruleId: "w", line: 2, message: "warned", hint: "h" }),
          finding({ level: "error", ruleId: "e", line: 3, message: "failed", hint: "h" }),
        ],
        notices: ["not verified"],
      }),
    );
    expect(text.split("\n")).toEqual([
      "::error file=roadmap/feat-1.yaml,line=3,col=1,title=e::failed%0AHint: h",
      "::warning file=roadmap/feat-1.yaml,line=2,col=1,title=w::warned%0AHint: h",
      "::notice file=roadmap/feat-1.yaml,line=1,col=1,title=waiver-applied::waived%0AHint: h",
      "::notice::not verified",
      "1 error, 1 warning, 1 note in 1 item",
      "",
    ]);
  });

  it("escapes data and properties as the Actions toolkit does", () => {
    expect(escapeData("100% done\r\nnext :,")).toBe("100%25 done%0D%0Anext :,");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    const line = formatGithub(
      report({ findings: [finding({ file: "road,map/a:b.yaml", message: "50%\n::error::x" })] }),
    ).split("\n")[0];
    expect(line).toBe(
      "::error file=road%2Cmap/a%3Ab.yaml,line=3,col=1,title=metric-missing::50%25%0A::error::x%0AHint: Add metrics.latency with an objective, a window and a source.",
    );
  });

  it("annotates a pull-request finding without a file", () => {
    const line = formatGithub(
      report({ findings: [finding({ file: "", message: "m", hint: "h" })] }),
    );
    expect(line.split("\n")[0]).toBe("::error title=metric-missing::m%0AHint: h");
  });
});

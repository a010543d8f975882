import { codeSpan, escapeMarkdown } from "../../core/format/markdown-escape.js";
import { count } from "../../core/format/summary-line.js";
import type { PolicyChange } from "../../core/pull-request/evaluate-pull-request.js";

/** For a pull request that changes the policy: the new policy's validity and whom it would fail. */
export function policyPreview(change: PolicyChange): string {
  const verb = change.removed ? "removes" : "changes";
  const invalid = change.findings.filter((f) => f.level === "error");
  const lines = [
    `### Policy change preview\n\n`,
    `This pull request ${verb} the policy. It is judged by the base branch's policy; the new one applies once it is merged.\n\n`,
  ];
  if (invalid.length > 0) {
    lines.push(
      `The new policy is **invalid** (${count(invalid.length, "error")}), which fails this pull request.\n\n`,
    );
  } else if (change.wouldFail.length === 0) {
    lines.push("Under the new policy every existing item would still pass.\n\n");
  } else {
    lines.push(
      `Under the new policy ${count(change.wouldFail.length, "existing item")} would fail:\n\n| item | file | errors |\n|---|---|---|\n`,
      ...change.wouldFail
        .slice(0, 50)
        .map(
          (w) =>
            `| ${w.id === undefined ? "—" : escapeMarkdown(w.id)} | ${codeSpan(w.file, true)} | ${w.errors} |\n`,
        ),
      change.wouldFail.length > 50 ? `\n… and ${change.wouldFail.length - 50} more.\n` : "",
      "\n",
    );
  }
  return lines.join("");
}

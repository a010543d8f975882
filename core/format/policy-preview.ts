import type { PolicyChange } from "../pull-request/evaluate-pull-request.js";
import { codeSpan, escapeMarkdown } from "./markdown-escape.js";
import { count } from "./summary-line.js";

const PREVIEW_ROWS = 50;

/**
 * For a pull request that changes the policy: the new policy's validity and whom it would fail.
 * The App's check run and the Action's job summary show the same words.
 */
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
        .slice(0, PREVIEW_ROWS)
        .map(
          (w) =>
            `| ${w.id === undefined ? "—" : escapeMarkdown(w.id)} | ${codeSpan(w.file, true)} | ${w.errors} |\n`,
        ),
      change.wouldFail.length > PREVIEW_ROWS
        ? `\n… and ${change.wouldFail.length - PREVIEW_ROWS} more.\n`
        : "",
      "\n",
    );
  }
  return lines.join("");
}

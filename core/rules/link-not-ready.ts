import type { ItemReport } from "../report.js";
import { meta, type CheckRule } from "./rule.js";

/** A pull-request-level rule (file "", the pull request itself): `item` is a linked item's report. */
export const linkNotReady: CheckRule<ItemReport> = {
  meta: meta(
    "link-not-ready",
    "error",
    "The pull request links an item that is not gate-ready.",
    false,
    {
      example: [
        'Pull request description: "Roadmap: FEAT-151", and roadmap/search.yaml (FEAT-151) fails the gate',
      ],
      language: "text",
      fix: "Make the linked item pass the gate (see its findings) before merging work on it.",
    },
  ),
  check(context, item) {
    const why =
      item.verdict === "not-gated"
        ? `is \`${item.status}\`, not a gated status`
        : `has ${item.errors} error${item.errors === 1 ? "" : "s"}`;
    context.report({
      message: `The pull request links ${item.id ?? item.file}, which is not gate-ready: it ${why}`,
      hint: `Make ${item.file} pass the gate (see its findings) before merging work on it.`,
    });
  },
};

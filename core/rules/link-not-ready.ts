import type { Finding } from "../findings/finding.js";
import type { ItemReport } from "../report.js";
import { fileFinding, meta } from "./rule.js";

const rule = meta(
  "link-not-ready",
  "error",
  "The pull request links an item that is not gate-ready.",
  false,
);

/** A pull-request-level rule: its finding has file "" (the pull request itself). */
export const linkNotReady = {
  meta: rule,
  finding(item: ItemReport): Finding {
    const why =
      item.verdict === "not-gated"
        ? `is \`${item.status}\`, not a gated status`
        : `has ${item.errors} error${item.errors === 1 ? "" : "s"}`;
    return fileFinding(rule, {
      file: "",
      message: `The pull request links ${item.id ?? item.file}, which is not gate-ready: it ${why}`,
      hint: `Make ${item.file} pass the gate (see its findings) before merging work on it.`,
    });
  },
};

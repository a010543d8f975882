import { decodeUtf8 } from "../parse/decode.js";
import { PositionIndex } from "../parse/position-index.js";
import type { SourceFile } from "../source.js";
import { meta, type CheckRule } from "./rule.js";

/**
 * The policy's `paths` match no file at all: "0 items" would read as a pass, while most often the
 * globs are wrong (a moved folder, `roadmap/*.yaml` for nested files). At the key, in the policy
 * file when there is one (`source`), else at its first line.
 */
export const policyPathsUnmatched: CheckRule<{ source?: SourceFile; paths: readonly string[] }> = {
  meta: meta(
    "policy-paths-unmatched",
    "warning",
    "The policy's `paths` match no file, so no item was judged.",
    false,
    {
      example: [
        "# .github/roadmap-gate.yml, in a repository whose items are under plans/",
        'paths: ["roadmap/**/*.yaml"]',
      ],
      fix: "Point `paths` at where the item files are (globs relative to the repository root, `**` for nested folders), or add a first item with `roadmap-gate init`.",
    },
  ),
  check(context, { source, paths }) {
    const decoded = source && decodeUtf8(source.content);
    const at = decoded?.ok
      ? new PositionIndex(decoded.text).locate(["paths"], "key")
      : { line: 1, column: 1 };
    context.report({
      ...at,
      message: `No file matches the policy's paths (${paths.join(", ")}), so no item was judged`,
      hint: "Fix `paths` to match where the item files are (globs relative to the repository root, `**` for nested folders), or add an item with `roadmap-gate init`.",
    });
  },
};

import type { Report } from "../core/report.js";
import { ruleCatalog } from "../core/rules/index.js";
import { formatGithub } from "../core/format/github.js";
import { formatJson } from "../core/format/json.js";
import { formatMarkdown } from "../core/format/markdown.js";
import { formatSarif } from "../core/format/sarif.js";
import { formatText } from "../core/format/text.js";
import { packageVersion } from "./package-files.js";

export type FormatName = "text" | "json" | "sarif" | "github" | "markdown";

export async function renderReport(
  report: Report,
  format: FormatName,
  options: { color?: boolean } = {},
): Promise<string> {
  switch (format) {
    case "text":
      return formatText(report, { color: options.color });
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, { catalog: ruleCatalog(), toolVersion: await packageVersion() });
    case "github":
      return formatGithub(report);
    case "markdown":
      return formatMarkdown(report);
  }
}

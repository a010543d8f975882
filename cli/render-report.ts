import { formatGithub } from "../core/format/github.js";
import { formatJson } from "../core/format/json.js";
import { formatMarkdown } from "../core/format/markdown.js";
import { formatSarif } from "../core/format/sarif.js";
import { formatText } from "../core/format/text.js";
import type { ItemVerdict, Report } from "../core/report.js";
import { ruleCatalog } from "../core/rules/index.js";
import { packageVersion } from "./package-files.js";

/** Outputs that list findings: they need no item views, so the CLI judges without them. */
export type FindingsFormat = "text" | "sarif" | "github";
/** Outputs that describe every item: they need each item's views. */
export type ItemsFormat = "json" | "markdown";
export type FormatName = FindingsFormat | ItemsFormat;

export function describesItems(format: FormatName): format is ItemsFormat {
  return format === "json" || format === "markdown";
}

export async function renderFindings(
  report: Report<ItemVerdict>,
  format: FindingsFormat,
  options: { color?: boolean } = {},
): Promise<string> {
  switch (format) {
    case "text":
      return formatText(report, { color: options.color });
    case "sarif":
      return formatSarif(report, { catalog: ruleCatalog(), toolVersion: await packageVersion() });
    case "github":
      return formatGithub(report);
  }
}

export function renderItems(report: Report, format: ItemsFormat): string {
  return format === "json" ? formatJson(report) : formatMarkdown(report);
}

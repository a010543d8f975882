import { githubChunks } from "../core/format/github.js";
import { jsonReportChunks } from "../core/format/json.js";
import { formatHtml } from "../core/format/html.js";
import { formatMarkdown } from "../core/format/markdown.js";
import { sarifChunks } from "../core/format/sarif.js";
import { textChunks } from "../core/format/text.js";
import type { ItemVerdict, Report } from "../core/report.js";
import { ruleCatalog } from "../core/rules/index.js";
import { packageVersion } from "./package-files.js";

/** Outputs that list findings: they need no item views, so the CLI judges without them. */
export type FindingsFormat = "text" | "sarif" | "github";
/** Outputs that describe every item: they need each item's views. */
export type ItemsFormat = "json" | "markdown" | "html";
export type FormatName = FindingsFormat | ItemsFormat;

export function describesItems(format: FormatName): format is ItemsFormat {
  return format === "json" || format === "markdown" || format === "html";
}

/**
 * The output in pieces, made as they are written (write-output.ts): 100,000 findings are never
 * one string of 30–100 MB, nor one array of output objects.
 */
export async function renderFindings(
  report: Report<ItemVerdict>,
  format: FindingsFormat,
  options: { color?: boolean } = {},
): Promise<Iterable<string>> {
  switch (format) {
    case "text":
      return textChunks(report, { color: options.color });
    case "sarif":
      return sarifChunks(report, { catalog: ruleCatalog(), toolVersion: await packageVersion() });
    case "github":
      return githubChunks(report);
  }
}

export function renderItems(report: Report, format: ItemsFormat): Iterable<string> {
  if (format === "json") return jsonReportChunks(report);
  return [format === "html" ? formatHtml(report) : formatMarkdown(report)];
}

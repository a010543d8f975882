import { buildReport } from "../../core/build-report.js";
import type { Finding } from "../../core/findings/finding.js";
import type { ItemReport, Report } from "../../core/report.js";

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: "metric-missing",
    level: "error",
    file: "roadmap/feat-1.yaml",
    line: 3,
    column: 1,
    message: "FEAT-1 is `planned` but has no `latency` metric",
    hint: "Add metrics.latency with an objective, a window and a source.",
    ...overrides,
  };
}

export function item(overrides: Partial<ItemReport> = {}): ItemReport {
  return {
    file: "roadmap/feat-1.yaml",
    id: "FEAT-1",
    title: "Bulk export",
    status: "planned",
    owner: "@lee",
    ai: false,
    gated: true,
    verdict: "pass",
    errors: 0,
    warnings: 0,
    signOffs: [],
    slices: [],
    waivers: [],
    metrics: [],
    ...overrides,
  };
}

export function report(
  parts: { items?: ItemReport[]; findings?: Finding[]; notices?: string[] } = {},
): Report {
  return buildReport(parts.items ?? [item()], parts.findings ?? [], parts.notices ?? []);
}

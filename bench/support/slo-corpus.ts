// A corpus for the SLO cross-check: generated items whose pipeline_reliability, error_budget and
// latency metrics each link an SLO (3 per item), and 3,000 SLOs across OpenSLO v1, Sloth
// prometheus/v1, the Sloth CRD and Pyrra that they link to (in agreement, so the run measures the
// cross-check, not the reporting of mismatches).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generateItems, POLICY } from "../../scripts/generate-items.js";

export const SLOS_PER_KIND = 1000;
const PER_FILE = 30;
const TARGETS = [99, 99.5, 99.9];
const FORMATS = ["openslo", "sloth", "sloth-crd", "pyrra"] as const;

type Kind = "pipeline" | "budget" | "latency";

interface SloSpec {
  name: string;
  kind: Kind;
  format: (typeof FORMATS)[number];
  target: number;
  j: number;
}

function sloSpecs(): SloSpec[] {
  const specs: SloSpec[] = [];
  for (const kind of ["pipeline", "budget", "latency"] as const)
    for (let j = 0; j < SLOS_PER_KIND; j++)
      specs.push({
        name: `${kind}-${j}`,
        kind,
        format: FORMATS[j % FORMATS.length]!,
        target: kind === "latency" ? 95 : TARGETS[j % TARGETS.length]!,
        j,
      });
  return specs;
}

/** A Sloth spec's service and its one SLO, each line indented by `pad` (the CRD nests it under spec). */
function slothSpec(s: SloSpec, query: string, pad: string): string {
  return `${pad}service: svc-${s.j}
${pad}slos:
${pad}  - name: ${s.name}
${pad}    objective: ${s.target}
${pad}    sli:
${pad}      events:
${pad}        error_query: ${query}
${pad}        total_query: ${query}
${pad}    alerting:
${pad}      name: Alert${s.j}
`;
}

function document(s: SloSpec): string {
  const query = `sum(rate(requests_total{slo="${s.name}"}[{{.window}}]))`;
  switch (s.format) {
    case "openslo":
      return `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${s.name}
spec:
  service: svc-${s.j}
  indicatorRef: ${s.name}-sli
  timeWindow:
    - duration: 4w
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: objective
${s.kind === "latency" ? "      op: lte\n      value: 300\n" : ""}      target: ${s.target / 100}
`;
    case "sloth":
      return `version: prometheus/v1
${slothSpec(s, query, "")}`;
    case "sloth-crd":
      return `apiVersion: sloth.slok.dev/v1
kind: PrometheusServiceLevel
metadata:
  name: ${s.name}
spec:
${slothSpec(s, query, "  ")}`;
    case "pyrra":
      return `apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: ${s.name}
  namespace: monitoring
spec:
  target: "${s.target}"
  window: 28d
  indicator:
${
  s.kind === "latency"
    ? `    latency:
      success:
        metric: http_request_duration_seconds_bucket{slo="${s.name}",le="0.3"}
      total:
        metric: http_request_duration_seconds_count{slo="${s.name}"}`
    : `    ratio:
      errors:
        metric: http_requests_total{slo="${s.name}",code=~"5.."}
      total:
        metric: http_requests_total{slo="${s.name}"}`
}
`;
  }
}

/** The objective an item writes for an SLO, so that the two agree. */
function objective(s: SloSpec): string {
  if (s.kind === "latency") return '"p95 <= 300ms"';
  if (s.kind === "budget") return `"<= ${Number((100 - s.target).toFixed(9))}%"`;
  return `">= ${s.target}%"`;
}

const METRIC_KIND: Record<Kind, string> = {
  pipeline: "pipeline_reliability",
  budget: "error_budget",
  latency: "latency",
};

/**
 * Writes `dir`: roadmap/ (the items), slos/ (the SLO files), and two policies,
 * `.github/without-slo.yml` and `.github/with-slo.yml`, the same but for `slo.files`.
 * Returns how many metrics link an SLO.
 */
export function writeSloCorpus(dir: string, count: number): { linked: number; sloFiles: number } {
  const specs = sloSpecs();
  const byKind = (kind: Kind, j: number) => specs.find((s) => s.kind === kind && s.j === j)!;
  let linked = 0;
  for (const item of generateItems({ count, seed: 1, parseable: true })) {
    const n = Number(/[0-9]+$/.exec(item.id)?.[0] ?? 0);
    let content = item.content;
    for (const kind of ["pipeline", "budget", "latency"] as const) {
      const slo = byKind(kind, n % SLOS_PER_KIND);
      const block = new RegExp(
        `^  ${METRIC_KIND[kind]}:\\n    objective: .*\\n    window: .*\\n`,
        "m",
      );
      content = content.replace(block, () => {
        linked++;
        return `  ${METRIC_KIND[kind]}:\n    objective: ${objective(slo)}\n    window: 28d\n    slo: ${slo.name}\n`;
      });
    }
    write(join(dir, item.path), content);
  }
  let files = 0;
  for (const format of FORMATS) {
    const ofFormat = specs.filter((s) => s.format === format);
    for (let start = 0; start < ofFormat.length; start += PER_FILE) {
      const docs = ofFormat.slice(start, start + PER_FILE).map(document);
      write(join(dir, "slos", `${format}-${start / PER_FILE}.yaml`), docs.join("---\n"));
      files++;
    }
  }
  write(join(dir, ".github", "without-slo.yml"), POLICY);
  write(
    join(dir, ".github", "with-slo.yml"),
    `${POLICY}slo:\n  files: ["slos/**/*.yaml"]\n  sloth_period: 28d\n`,
  );
  return { linked, sloFiles: files };
}

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

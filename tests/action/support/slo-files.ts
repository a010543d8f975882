import { item } from "./items.js";

export const SLO_POLICY = "slo:\n  files: [slo/*.yaml]\n";

/** A Pyrra SLO for the items' pipeline_reliability metric, with the given target. */
export function pyrra(target: string): string {
  return `apiVersion: pyrra.dev/v1alpha1
kind: ServiceLevelObjective
metadata:
  name: orders-pipeline
spec:
  target: "${target}"
  window: 28d
  indicator:
    ratio:
      errors: { metric: 'jobs_total{result="error"}' }
      total: { metric: jobs_total }
`;
}

/** The Action test item with its pipeline_reliability metric linked to orders-pipeline. */
export function linkedItem(id: string): string {
  return item(id).replace(
    'pipeline_reliability: { objective: ">= 99.9%", window: 28d, source: grafana }',
    'pipeline_reliability: { objective: ">= 99.9%", window: 28d, source: grafana, slo: orders-pipeline }',
  );
}

import { stringify } from "yaml";

/** A value of `undefined` in overrides removes that key from the item. */
export type Overrides = Record<string, unknown>;

export const TODAY = "2026-11-25";

/** A complete, valid, gated (planned) item that passes under the default policy on TODAY. */
export function itemData(overrides: Overrides = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    apiVersion: "roadmap-gate/v1",
    id: "FEAT-1",
    title: "Bulk CSV export",
    owner: "@lee",
    status: "planned",
    team: { domain_experts: ["@ana"] },
    slices: [
      { id: "export-api", value: "An API returns orders as CSV", acceptance: "Contract test" },
      {
        id: "export-button",
        value: "Users download the CSV",
        acceptance: "E2E test",
        depends_on: ["export-api"],
      },
    ],
    metrics: {
      pipeline_reliability: metric(">= 99.9%"),
      error_budget: metric("<= 0.1%"),
      latency: metric("p95 <= 300ms"),
    },
    instrumentation: {
      logging: { how: "Request logs", from_slice: "export-api" },
      failures: { how: "Error tracking", from_slice: "export-api" },
      performance: { how: "Duration histogram", from_slice: "export-api" },
      user_feedback: { how: "Feedback link", from_slice: "export-button" },
    },
    risk_review: {
      risks: [
        {
          id: "R1",
          description: "Large accounts time out",
          likelihood: "medium",
          impact: "medium",
          mitigation: "Stream rows",
        },
      ],
      sign_off: [signOff()],
    },
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}

/** The AI additions an `ai: true` item needs on top of itemData(). */
export function aiItemData(overrides: Overrides = {}): Record<string, unknown> {
  const base = itemData();
  return itemData({
    ai: true,
    metrics: { ...(base.metrics as object), drift_alerts: metric("<= 2/week") },
    instrumentation: {
      ...(base.instrumentation as object),
      drift: { how: "Daily distribution check", from_slice: "export-api" },
    },
    ...overrides,
  });
}

export function metric(objective: string, window = "28d"): Record<string, unknown> {
  return { objective, window, source: "grafana: dashboard" };
}

export function signOff(overrides: Overrides = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    reviewer: "@sam",
    date: "2026-11-01",
    decision: "approved",
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}

export function waiver(overrides: Overrides = {}): Record<string, unknown> {
  return {
    rule: "metric-missing",
    reason: "Latency dashboard lands next sprint",
    approved_by: "@sam",
    expires: "2026-12-20",
    ...overrides,
  };
}

/** The item as YAML text, one key a line, never folded, so `at()` finds each key and value. */
export function yaml(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0 });
}

/** A complete valid gated item as YAML text; see itemData() for overrides. */
export function item(overrides: Overrides = {}): string {
  return yaml(itemData(overrides));
}

/** The item as pretty JSON text. */
export function json(data: Record<string, unknown>): string {
  return JSON.stringify(data, null, 2) + "\n";
}

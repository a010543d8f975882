const SCHEMA_BASE = "https://raw.githubusercontent.com/roadmap-gate/roadmap-gate/v1/schemas";
/** The docs at the moving major tag, which the release workflow creates (docs/contributing.md). */
export const DOCS_BASE = "https://github.com/roadmap-gate/roadmap-gate/blob/v1/docs";

/** The policy with every default spelled out, so a team sees what it can tighten. */
export function policyTemplate(): string {
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/config.schema.json
# roadmap-gate policy: how this repository's roadmap items are judged. Every key is optional;
# the values below are the defaults. See ${DOCS_BASE}/policy.md
paths: ["roadmap/**/*.yaml", "roadmap/**/*.yml", "roadmap/**/*.json"]
gate:
  statuses: [planned, in_progress, launched] # items in these statuses must be gate-ready
  metrics: [pipeline_reliability, error_budget, latency]
  ai_metrics: [drift_alerts] # added for items with ai: true
  instrumentation: [logging, failures, performance, user_feedback]
  ai_instrumentation: [drift]
sign_off:
  reviewers: [] # "@user" or "@org/team"; empty = anyone with write access
  min_approvals: 1
  max_age_days: 180
  verify: true # a sign-off counts only when backed by an approving review (Action and App)
issues:
  labels: [roadmap]
pull_requests:
  require_roadmap_link: false
  exempt_labels: [no-roadmap]
waivers:
  max_days: 90
enforcement: block # block: a failing check; warn: a neutral check with the same findings
limits:
  max_file_bytes: 1048576
slo:
  files: [] # globs of SLO files (OpenSLO v1, Sloth, Pyrra); metrics' slo: are checked against them
  require: [] # metric kinds a gated item must link to an SLO with slo:
  sloth_period: 30d # Sloth specs carry no window (Sloth's --default-slo-period)
  service: "" # service of SLOs that \`roadmap-gate slo\` exports; empty: the item id
error_budget: # off until you turn it on: see ${DOCS_BASE}/error-budget.md
  gate: false # true: block work on items whose linked SLOs have spent their error budget
  statuses: [in_progress, launched]
  min_remaining: 0 # fraction of the period's budget that must remain, 0..1
  unreachable: warn # Prometheus unreachable: warn, or fail
  exempt_labels: [reliability, incident] # pull requests with these labels are not blocked
  # query: PromQL for the remaining budget; the default reads Sloth's recording rules
live: # checks against Prometheus and GitHub: see ${DOCS_BASE}/live-checks.md
  statuses: [in_progress, launched]
  instrumentation: "off" # off | warn | fail
  freshness: 1h
  objectives: "off" # off | warn | fail
  people: "off" # off | warn | fail
  members_only: true
  unreachable: warn
`;
}

/** A complete item that passes the default gate on `today` (its sign-off is dated then). */
export function exampleItemTemplate(options: { ai: boolean; today: string }): string {
  const { ai, today } = options;
  return `# yaml-language-server: $schema=${SCHEMA_BASE}/roadmap-item.schema.json
# An example roadmap item: copy it for each ${ai ? "AI capability" : "feature"}, then delete this one.
# Check items with \`roadmap-gate validate\`; ${DOCS_BASE}/items.md explains every field.
apiVersion: roadmap-gate/v1
id: ${ai ? "AI-1" : "FEAT-1"}
title: ${ai ? "Example AI capability" : "Example feature"}
owner: "@your-handle"
status: planned # proposed items need only apiVersion, id, title, owner and status
${ai ? "ai: true\n" : ""}team:
  domain_experts: ["@domain-expert"]
slices:
  - id: first-slice
    value: The smallest change that ships value on its own${ai ? ", e.g. scores logged in shadow mode" : ""}
    acceptance: How it is tested, e.g. an end-to-end test of the main path
  - id: second-slice
    value: What the next slice adds for users
    acceptance: How it is tested
    depends_on: [first-slice]
metrics:
  pipeline_reliability:
    objective: ">= 99.5%"
    window: 28d
    source: "Where it is measured, e.g. grafana: job success rate"
  error_budget:
    objective: "<= 0.5%"
    window: 28d
    source: "e.g. grafana: 5xx ratio"
  latency:
    objective: "p95 <= 300ms"
    window: 7d
    source: "e.g. grafana: request duration"
${
  ai
    ? `  drift_alerts:
    objective: "<= 2/week"
    window: 4w
    source: "e.g. evidently: feature distribution report"
`
    : ""
}instrumentation:
  logging: # from the first slice: "from day one"
    how: Structured logs with a request id
    from_slice: first-slice
  failures:
    how: Error tracking with a release tag
    from_slice: first-slice
  performance:
    how: Duration histograms or tracing spans
    from_slice: first-slice
${
  ai
    ? `  drift:
    how: Daily comparison of input distributions against the training data
    from_slice: first-slice
`
    : ""
}  user_feedback:
    how: A feedback link next to the new feature
    from_slice: second-slice
risk_review:
  risks:
    - id: R1
      description: What could go wrong
      likelihood: medium # low, medium or high
      impact: medium
      mitigation: How the risk is reduced, e.g. a feature flag to switch it off
  sign_off: # on GitHub, a sign-off counts only when the reviewer approves the pull request
    - reviewer: "@reviewer"
      date: "${today}"
      decision: approved # approved, approved_with_conditions (then conditions:) or rejected
`;
}

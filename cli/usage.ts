export const MAIN_HELP = `roadmap-gate: check that roadmap items are ready to be worked on safely

Usage:
  roadmap-gate validate [PATH|GLOB ...] [--config FILE] [--format text|json|sarif|github]
                        [--output FILE] [--today YYYY-MM-DD] [--prometheus-url URL] [--color]
                        [--github-url URL [--github-token TOKEN]]
  roadmap-gate report   [PATH|GLOB ...] [--config FILE] [--format markdown|json|html]
                        [--output FILE] [--today YYYY-MM-DD] [--prometheus-url URL]
                        [--github-url URL [--github-token TOKEN]] [--fail-on never|error|warning]
  roadmap-gate slo      [PATH|GLOB ...] [--config FILE] [--format openslo|sloth] [--output FILE]
  roadmap-gate init     [--ai]
  roadmap-gate schema   [item|config]

Run "roadmap-gate COMMAND --help" for a command's options; --version prints the version.
`;

export const VALIDATE_HELP = `Usage: roadmap-gate validate [PATH|GLOB ...] [options]

Checks item files: files, folders (their .yaml, .yml and .json files, at any depth) or globs.
With none, the policy's \`paths\` (default roadmap/**/*.yaml, *.yml, *.json).

Options:
  --config FILE         the policy file (default .github/roadmap-gate.yml when it exists)
  -f, --format FORMAT   text (default), json, sarif (2.1.0, for code scanning), github (annotations)
  -o, --output FILE     write the report to FILE instead of stdout
  --today YYYY-MM-DD    judge dates as of this UTC day (default: today)
  --prometheus-url URL  Prometheus for the error-budget gate and the live checks (policy
                        error_budget.gate, live); default ROADMAP_GATE_PROMETHEUS_URL; a Bearer
                        token from ROADMAP_GATE_PROMETHEUS_TOKEN
  --github-url URL      the repository on GitHub (https://github.com/acme/shop, or GitHub Enterprise
                        Server's address), for the people checks (policy live.people)
  --github-token TOKEN  its token (default GITHUB_TOKEN); it must see the organisation's members
  --color               colour the text format
  --only-policy-paths   judge only those of the given files that the policy's paths name, and
                        every item when the policy file is among them (the pre-commit hook)

Exit codes: 0 no errors, 1 errors, 2 a usage error or an invalid policy (nothing judged).
Sign-offs cannot be verified against GitHub reviews here; they are judged as written.
`;

export const REPORT_HELP = `Usage: roadmap-gate report [PATH|GLOB ...] [options]

Every item with its status, gate verdict, sign-offs, findings and slice graph (Mermaid), for a
job summary or a pull request comment; or one self-contained HTML page to publish.

Options:
  --config FILE         the policy file (default .github/roadmap-gate.yml when it exists)
  -f, --format FORMAT   markdown (default), json, or html (one page: no script, nothing loaded)
  -o, --output FILE     write the report to FILE instead of stdout
  --today YYYY-MM-DD    judge dates as of this UTC day (default: today)
  --prometheus-url URL  Prometheus for the error-budget gate and the live checks (policy
                        error_budget.gate, live); default ROADMAP_GATE_PROMETHEUS_URL; a Bearer
                        token from ROADMAP_GATE_PROMETHEUS_TOKEN
  --github-url URL      the repository on GitHub (https://github.com/acme/shop, or GitHub Enterprise
                        Server's address), for the people checks (policy live.people)
  --github-token TOKEN  its token (default GITHUB_TOKEN); it must see the organisation's members
  --fail-on LEVEL       never (default): exit 0 whatever the verdicts; error: exit 1 when an item
                        has an error (as validate); warning: when it has an error or a warning

Exit codes: 0 the report was written (and --fail-on found nothing), 1 --fail-on found findings,
2 a usage error or an invalid policy.
`;

export const INIT_HELP = `Usage: roadmap-gate init [--ai]

Writes .github/roadmap-gate.yml (the policy, with every default spelled out) and
roadmap/example.yaml (a complete item that passes the gate). Existing files are never
overwritten: they are skipped with a message.

Options:
  --ai                  the example item is an AI capability (drift metric and instrumentation)
  --today YYYY-MM-DD    the example sign-off's date (default: today, UTC)
`;

export const SCHEMA_HELP = `Usage: roadmap-gate schema [item|config]

Prints the JSON Schema (draft 2020-12) of an item file (default) or of the policy file.
`;

export const SLO_HELP = `Usage: roadmap-gate slo [PATH|GLOB ...] [options]

Writes SLOs, as one YAML stream, for every metric of the gated items that has an \`sli\`:
OpenSLO v1 (one SLO document each) or Sloth prometheus/v1 (one spec per service). Each SLO is
named by the metric's \`slo\`, else ITEM-ID-KIND; link it back with \`slo:\` and list the file in
the policy's slo.files. Metrics that cannot be exported are named on stderr, with the reason.

Options:
  --config FILE         the policy file (default .github/roadmap-gate.yml when it exists)
  -f, --format FORMAT   openslo (default) or sloth
  -o, --output FILE     write the SLOs to FILE instead of stdout
`;

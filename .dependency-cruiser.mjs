/**
 * The engine's layers (docs/contributing.md#layers): imports in core/ run one way, from the steps
 * down to the rules, then the parser, then the shared readers. `npm run lint` runs this
 * (`depcruise core`); tests/core/layers.test.ts shows that an upward import fails it.
 */

/** What runs rules or builds on their findings: above every rule. */
const ABOVE_RULES = [
  "^core/(evaluate|build-report|merge-reports|gate-verdict|stopped-file)[.]ts$",
  "^core/(pull-request|checklist|format|gate)/",
  // The live checks' scope and gathering; rules read only their facts, levels and readings.
  "^core/live/(check-live|gather-live-facts|live-scope|live-targets|live-views)[.]ts$",
  // The people checks' gathering (GitHub lookups); rules read only their facts and answers.
  "^core/people/(check-people|gather-people-facts)[.]ts$",
  // Judging with the error budget and the live checks: loads items, asks Prometheus, evaluates.
  "^core/with-budget/",
  // Reading files into data, with the findings of the parse, schema and policy rules.
  "^core/load/",
  "^core/(item-report|check-waivers)[.]ts$",
];

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "data-at-the-bottom",
      comment: "core/data/ holds the shared readers: it imports nothing else of the engine.",
      severity: "error",
      from: { path: "^core/data/" },
      to: { path: "^core/", pathNot: "^core/data/" },
    },
    {
      name: "parse-below-rules",
      comment:
        "The parser names a problem as data (core/parse/parse-problem.ts); the rule's file says the words. It imports no rule and nothing above.",
      severity: "error",
      from: { path: "^core/parse/" },
      to: { path: "^core/", pathNot: ["^core/(parse|data)/", "^core/source[.]ts$"] },
    },
    {
      name: "rules-below-steps",
      comment:
        "A rule judges what it is given: it never imports the steps that run rules or build reports.",
      severity: "error",
      from: { path: "^core/rules/" },
      to: { path: ABOVE_RULES },
    },
    {
      name: "only-the-engine-binds-contexts",
      comment:
        "A rule reports through the context it is given, bound to it; only the engine makes contexts (core/rules/context.ts).",
      severity: "error",
      from: { path: "^core/rules/", pathNot: "^core/rules/(context|index)[.]ts$" },
      to: { path: "^core/rules/(context|index)[.]ts$" },
    },
    {
      name: "engine-below-surfaces",
      comment:
        "The engine is pure: it imports no surface or adapter (action/, app/, cli/, local/, github/, prometheus/, thread/); they import it.",
      severity: "error",
      from: { path: "^core/" },
      to: { path: "^(action|app|cli|local|github|prometheus|thread)/" },
    },
    {
      name: "no-circular",
      comment: "No file-level import cycle in the engine.",
      severity: "error",
      from: { path: "^core/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "[.]test[.]ts$|[.]generated[.]ts$" },
  },
};

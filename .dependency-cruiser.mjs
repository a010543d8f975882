/**
 * The engine's layers (docs/contributing.md#layers): every folder of core/, and every file at its
 * top, has its place in ORDER, and imports only what is listed before it. `npm run lint` runs this
 * (`depcruise core`); tests/core/layers.test.ts shows that an upward import fails it, and
 * `node scripts/layer-knot.mjs` prints the folders that import one another, if any do.
 */

/** core/'s modules from the bottom up: a folder (`item/`) or a file at the top (`evaluate.ts`). */
export const ORDER = [
  // Shared helpers and readers: they import nothing above them.
  "string-memo.ts",
  "dates.ts",
  "edit-distance.ts",
  "source.ts",
  "data/",
  "findings/",
  // The parser: it names a problem as data (core/parse/parse-problem.ts); rules say the words.
  "parse/",
  // What the rules read: the domain's types, facts and helpers.
  "policy/",
  "port.ts",
  "slice/",
  "item/",
  "slo/",
  "signoff/",
  "waivers/",
  "error-budget/",
  "report.ts",
  "live/",
  "people/",
  // The rules: each judges what it is given and reports through its context.
  "rules/",
  // What runs rules or builds on their findings.
  "load/",
  "check-waivers.ts",
  "item-report.ts",
  "build-report.ts",
  "merge-reports.ts",
  "gate-verdict.ts",
  "stopped-file.ts",
  "evaluate.ts",
  "with-budget/",
  "pull-request/",
  "format/",
  "checklist/",
  "gate/",
];

/** `item/` → ^core/item/; `evaluate.ts` → ^core/evaluate[.]ts$ */
const pattern = (module) =>
  module.endsWith("/") ? `^core/${module}` : `^core/${module.replace(".ts", "[.]ts")}$`;

/** For each module but the top one: it must not import any module listed after it. */
const layerOrder = ORDER.slice(0, -1).map((module, i) => ({
  name: "layer-order",
  comment: `core/${module} imports only what docs/contributing.md#layers lists below it.`,
  severity: "error",
  from: { path: pattern(module) },
  to: { path: ORDER.slice(i + 1).map(pattern) },
}));

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    ...layerOrder,
    {
      name: "in-a-layer",
      comment: "Every module of core/ has its place in ORDER (.dependency-cruiser.mjs).",
      severity: "error",
      from: { path: "^core/" },
      to: { path: "^core/", pathNot: ORDER.map(pattern) },
    },
    {
      name: "in-a-layer",
      comment: "Every module of core/ has its place in ORDER (.dependency-cruiser.mjs).",
      severity: "error",
      from: { path: "^core/", pathNot: ORDER.map(pattern) },
      to: { path: "^core/" },
    },
    {
      name: "rules-gather-nothing",
      comment:
        "A rule judges the facts it is given: it never imports what gathers them (the live checks' scope and queries, the people and sign-off lookups, the budget's queries).",
      severity: "error",
      from: { path: "^core/rules/" },
      to: {
        path: [
          "^core/live/(check-live|gather-live-facts|live-scope|live-targets|live-views)[.]ts$",
          "^core/people/(check-people|gather-people-facts)[.]ts$",
          "^core/error-budget/(ask-queries|budget-scope|check-budgets|gather-budget-facts|missing-prometheus)[.]ts$",
          "^core/signoff/gather-sign-off-facts[.]ts$",
        ],
      },
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

/**
 * The engine's knot at folder level: each folder of core/ (and each file at its top) is one
 * module; prints the modules that depend on one another in a ring (strongly connected) and the
 * pairs that import each other. `node scripts/layer-knot.mjs [--why]` (docs/contributing.md#layers).
 */
import { cruise } from "dependency-cruiser";
import ts from "typescript";

const why = process.argv.includes("--why");
const tsConfig = ts.readConfigFile("tsconfig.json", ts.sys.readFile).config;
const { output } = await cruise(
  ["core"],
  {
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "[.]test[.]ts$|[.]generated[.]ts$" },
  },
  {},
  { tsConfig },
);

/** core/rules/x.ts → rules; core/evaluate.ts → evaluate.ts; outside core/ → undefined. */
const moduleOf = (path) => /^core\/([^/]+\/|[^/]+$)/.exec(path)?.[1].replace(/\/$/, "");

const edges = new Map();
for (const file of output.modules) {
  const from = moduleOf(file.source);
  if (!from) continue;
  for (const dep of file.dependencies) {
    const to = moduleOf(dep.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    const targets = edges.get(from);
    if (!targets.has(to)) targets.set(to, []);
    targets.get(to).push(`${file.source} → ${dep.resolved}`);
  }
}
const modules = [
  ...new Set([...edges.keys(), ...[...edges.values()].flatMap((t) => [...t.keys()])]),
];

// Tarjan's strongly connected components (the graph has ~30 nodes: recursion is fine here).
let next = 0;
const index = new Map();
const low = new Map();
const stack = [];
const knots = [];
function visit(v) {
  index.set(v, next);
  low.set(v, next++);
  stack.push(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!index.has(w)) visit(w);
    if (stack.includes(w)) low.set(v, Math.min(low.get(v), low.get(w)));
  }
  if (low.get(v) !== index.get(v)) return;
  const component = [];
  let w;
  do component.push((w = stack.pop()));
  while (w !== v);
  if (component.length > 1) knots.push(component.sort());
}
for (const v of modules) if (!index.has(v)) visit(v);

const pairs = [];
for (const [a, targets] of edges)
  for (const b of targets.keys()) if (a < b && edges.get(b)?.has(a)) pairs.push([a, b]);

console.log(`modules: ${modules.length}`);
console.log(`in a knot: ${knots.reduce((n, k) => n + k.length, 0)}`);
for (const knot of knots) console.log(`  ${knot.join(" ")}`);
console.log(`two-way pairs: ${pairs.length}`);
for (const [a, b] of pairs) {
  console.log(`  ${a} ↔ ${b}`);
  if (why)
    for (const line of [...edges.get(a).get(b), ...edges.get(b).get(a)]) console.log(`    ${line}`);
}

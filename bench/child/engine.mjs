// The engine in-process, without the CLI: read every file synchronously, then one evaluate().
//   node bench/child/engine.mjs DIR    (needs the build: npm run build)
import process from "node:process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../lib/core/evaluate.js";
import { loadPolicy } from "../../lib/core/load/load-policy.js";

const [dir] = process.argv.slice(2);
const files = readdirSync(join(dir, "roadmap"))
  .sort()
  .map((name) => ({
    path: `roadmap/${name}`,
    content: readFileSync(join(dir, "roadmap", name)),
  }));
const policyFile = join(dir, ".github", "roadmap-gate.yml");
const { policy } = loadPolicy({ path: policyFile, content: readFileSync(policyFile) });
// views: false, as the CLI judges for its default text output.
const report = evaluate({ files, policy, today: "2026-11-25", views: false });
process.stdout.write(JSON.stringify({ files: files.length, findings: report.findings.length }));

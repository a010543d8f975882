// npm run build:action — the Action as one file, dist/index.js (ncc), the entry of its evaluation
// threads as another, dist/judge.js (thread/judge-thread.ts: the engine alone, without the
// Action's GitHub client and toolkit, so each thread loads less code), and dist/build-inputs.json:
// the hash of every file ncc bundled (sources, schemas, node_modules), of this script, of
// tsconfig.json and of the outputs, with ncc's version. dist/licenses.txt covers both bundles:
// the Action bundles judge-thread.ts too, so dist/judge.js holds no package dist/index.js lacks. tests/action/dist-fresh.test.ts checks
// those hashes in milliseconds instead of rebuilding (half a minute of CPU); .ci/run rebuilds and
// diffs dist/ as well.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ncc = join(root, "node_modules/@vercel/ncc");
const temp = mkdtempSync(join(tmpdir(), "roadmap-gate-ncc-"));
/** ncc on `entry` into `out`; the path of its stats (what it bundled). */
const nccBuild = (entry, out, ...more) => {
  const stats = join(temp, `${out.replaceAll("/", "-")}.json`);
  const args = ["build", entry, "-o", out, "--target", "es2022", "--stats-out", stats, ...more];
  execFileSync(process.execPath, [join(ncc, "dist/ncc/cli.js"), ...args], {
    cwd: root,
    stdio: "inherit",
  });
  return stats;
};
try {
  const statsOfAction = nccBuild("action/index.ts", "dist", "--license", "licenses.txt");
  const judgeOut = join(temp, "judge");
  const statsOfJudge = nccBuild("thread/judge-thread.ts", judgeOut);
  // ncc names its output index.js; dist/package.json (type: module) holds for it too.
  copyFileSync(join(judgeOut, "index.js"), join(root, "dist/judge.js"));
  const bundled = new Set(["scripts/build-action.mjs", "tsconfig.json"]);
  const visit = (modules) => {
    for (const m of modules ?? []) {
      if (m.name?.startsWith("./") && !m.name.includes(" + ")) bundled.add(m.name.slice(2));
      visit(m.modules);
    }
  };
  for (const stats of [statsOfAction, statsOfJudge])
    visit(JSON.parse(readFileSync(stats, "utf8")).modules);
  const sha = (path) =>
    createHash("sha256")
      .update(readFileSync(join(root, path)))
      .digest("hex");
  const manifest = {
    ncc: JSON.parse(readFileSync(join(ncc, "package.json"), "utf8")).version,
    inputs: Object.fromEntries([...bundled].sort().map((path) => [path, sha(path)])),
    outputs: {
      "dist/index.js": sha("dist/index.js"),
      "dist/judge.js": sha("dist/judge.js"),
      "dist/licenses.txt": sha("dist/licenses.txt"),
    },
  };
  writeFileSync(join(root, "dist/build-inputs.json"), `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

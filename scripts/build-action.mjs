// npm run build:action — the Action as one file, dist/index.js (ncc), and dist/build-inputs.json:
// the hash of every file ncc bundled (sources, schemas, node_modules), of this script, of
// tsconfig.json and of the outputs, with ncc's version. tests/action/dist-fresh.test.ts checks
// those hashes in milliseconds instead of rebuilding (half a minute of CPU); .ci/run rebuilds and
// diffs dist/ as well.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ncc = join(root, "node_modules/@vercel/ncc");
const temp = mkdtempSync(join(tmpdir(), "roadmap-gate-ncc-"));
const stats = join(temp, "stats.json");
const args = ["build", "action/index.ts", "-o", "dist", "--license", "licenses.txt"];
try {
  execFileSync(
    process.execPath,
    [join(ncc, "dist/ncc/cli.js"), ...args, "--target", "es2022", "--stats-out", stats],
    { cwd: root, stdio: "inherit" },
  );
  const bundled = new Set(["scripts/build-action.mjs", "tsconfig.json"]);
  const visit = (modules) => {
    for (const m of modules ?? []) {
      if (m.name?.startsWith("./") && !m.name.includes(" + ")) bundled.add(m.name.slice(2));
      visit(m.modules);
    }
  };
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
      "dist/licenses.txt": sha("dist/licenses.txt"),
    },
  };
  writeFileSync(join(root, "dist/build-inputs.json"), `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

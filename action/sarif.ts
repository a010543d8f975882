import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { formatSarif } from "../core/format/sarif.js";
import type { Report } from "../core/report.js";
import { ruleCatalog } from "../core/rules/index.js";
import packageJson from "../package.json" with { type: "json" };

/**
 * Writes SARIF 2.1.0 with every finding for `github/codeql-action/upload-sarif`; paths in it are
 * relative to the repository root. Returns the absolute path written.
 */
export async function writeSarif(report: Report, path: string, workspace: string): Promise<string> {
  const target = resolve(workspace, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(
    target,
    formatSarif(report, { catalog: ruleCatalog(), toolVersion: packageJson.version }),
  );
  return target;
}

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Finding } from "../core/findings/finding.js";
import { loadPolicy } from "../core/load/load-policy.js";
import { DEFAULT_POLICY_PATH, type Policy } from "../core/policy/policy.js";
import { fileReports, runCheck } from "../core/rules/context.js";
import type { SourceFile } from "../core/source.js";
import { policyExtendsUnresolved } from "../core/rules/policy-extends-unresolved.js";
import { UsageError } from "./cli-io.js";
import { readSource, type Boundary } from "../local/read-source.js";

export interface CliPolicy {
  /** Undefined when the policy file is invalid: then nothing is judged (exit 2). */
  policy?: Policy;
  /**
   * The policy's own findings: errors when it is invalid; warnings for an unresolved `_extends` and
   * for each live check it turns on that this version does not run.
   */
  findings: Finding[];
  /** The policy file's absolute path; undefined when there is none (the defaults). */
  file?: string;
  /** The policy file as read, for findings about its keys; undefined when there is none. */
  source?: SourceFile;
}

/** `--config FILE`, else `.github/roadmap-gate.yml` when it exists, else the defaults. */
export async function readPolicy(
  config: string | undefined,
  boundary: Boundary,
): Promise<CliPolicy> {
  const path = config ?? DEFAULT_POLICY_PATH;
  const abs = resolve(boundary.cwd, path);
  if (!existsSync(abs)) {
    if (config !== undefined) throw new UsageError(`no such config file: ${config}`);
    return { policy: loadPolicy(undefined).policy, findings: [] };
  }
  const source = await readSource(abs, boundary);
  const loaded = loadPolicy(source);
  // A valid policy's warnings (a live check this version does not run) are reported with it.
  const findings: Finding[] = [...loaded.findings, ...(loaded.warnings ?? [])];
  if (!loaded.policy || loaded.extends === undefined)
    return { policy: loaded.policy, findings, file: abs, source };
  // The CLI has no API to fetch the base policy: it says so once and uses the file as written.
  runCheck(policyExtendsUnresolved, fileReports(source.path, findings), {
    source,
    base: loaded.extends,
  });
  return { policy: loaded.policy, findings, file: abs, source };
}

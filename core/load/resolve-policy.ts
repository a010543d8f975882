import type { Finding } from "../findings/finding.js";
import type { FileLocation } from "../port.js";
import type { SourceFile } from "../source.js";
import {
  checkedPolicy,
  loadPolicy,
  mergedWarnings,
  mergePolicy,
  type LoadedPolicy,
} from "./load-policy.js";
import { defaultPolicy } from "../policy/policy.js";
import { fileReports, runCheck } from "../rules/context.js";
import { policyInvalid, type PolicyProblem } from "../rules/policy-invalid.js";

/** Where a policy file lives: the port's FileLocation. */
export type PolicyLocation = FileLocation;

/** Reads one file through whatever API the surface has; null when it does not exist. */
export type PolicyReader = (location: PolicyLocation) => Promise<SourceFile | null>;

export interface ResolveOptions {
  /** Fall back to the owner's `.github` repository when the repository has no policy (Probot's rule). */
  orgFallback: boolean;
}

const MAX_EXTENDS = 5;

/**
 * The policy at a location, with `_extends` followed through the reader (other repositories
 * included) and, when the file is absent, the organisation default. API errors propagate:
 * a policy that cannot be read never becomes the default.
 */
export async function resolvePolicy(
  read: PolicyReader,
  at: PolicyLocation,
  options: ResolveOptions,
): Promise<LoadedPolicy> {
  let file = await read(at);
  if (!file && options.orgFallback && at.repo !== ".github") {
    file = await read({ owner: at.owner, repo: ".github", path: at.path });
  }
  if (!file) return { policy: defaultPolicy(), findings: [] };
  const chain: Record<string, unknown>[] = [];
  const loaded: LoadedPolicy[] = [];
  const seen = new Set<string>();
  let current: LoadedPolicy = loadPolicy(file);
  let where = at;
  for (;;) {
    if (current.findings.length > 0 || !current.document) return { findings: current.findings };
    chain.unshift(current.document);
    loaded.push(current);
    if (!current.extends) break;
    const next = parseExtends(current.extends, where);
    const key = `${next.owner}/${next.repo}:${next.path}`;
    if (seen.has(key) || seen.size >= MAX_EXTENDS)
      return invalid(file.path, { kind: "extends-cycle", key, maxDepth: MAX_EXTENDS });
    seen.add(key);
    const base = await read(next);
    if (!base) return invalid(file.path, { kind: "extends-unreadable", key });
    current = loadPolicy({ ...base, path: `${next.owner}/${next.repo}:${next.path}` });
    where = next;
  }
  const checked = checkedPolicy(
    file.path,
    chain.reduce<Record<string, unknown>>(mergePolicy, defaultPolicy()),
  );
  if (!checked.policy) return checked;
  const policy = checked.policy;
  const resolved: LoadedPolicy = { policy, document: chain[chain.length - 1], findings: [] };
  const warnings = mergedWarnings(policy, loaded);
  return warnings.length > 0 ? { ...resolved, warnings } : resolved;
}

/** `repo`, `owner/repo` or `owner/repo:path`, as Probot's config loader reads it. */
export function parseExtends(spec: string, from: PolicyLocation): PolicyLocation {
  const match = /^(?:([A-Za-z0-9_.-]+)\/)?([A-Za-z0-9_.-]+)(?::(.+))?$/.exec(spec.trim());
  if (!match) return { owner: from.owner, repo: spec, path: from.path };
  return { owner: match[1] ?? from.owner, repo: match[2]!, path: match[3] ?? from.path };
}

function invalid(file: string, problem: PolicyProblem): LoadedPolicy {
  const findings: Finding[] = [];
  runCheck(policyInvalid, fileReports(file, findings), problem);
  return { findings };
}

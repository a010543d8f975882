import { realpath } from "node:fs/promises";
import { resolve } from "node:path";
import type { Finding } from "../core/findings/finding.js";
import { buildReport, withFindings } from "../core/build-report.js";
import { readOptionsFrom } from "../core/parse/read-options.js";
import { DEFAULT_POLICY_PATH } from "../core/policy/policy.js";
import { fileReports, runCheck } from "../core/rules/context.js";
import { policyPathsUnmatched } from "../core/rules/policy-paths-unmatched.js";
import type { ItemReport, ItemVerdict, Report } from "../core/report.js";
import type { PrometheusConnection } from "../prometheus/http-prometheus.js";
import { UsageError, type CliIo } from "./cli-io.js";
import { cliPrometheusFacts } from "./error-budget.js";
import { cliPeopleFacts, type GitHubConnection } from "./people.js";
import { judgeFiles } from "./judge-files.js";
import { findItemFiles, globPolicyFiles, oncePerFile } from "./find-item-files.js";
import { readPolicy } from "./read-policy.js";
import type { Boundary } from "../local/read-source.js";
import { policyRoot, repositoryRoot } from "./repository-root.js";

export interface JudgeInputs {
  /** Files, folders or globs; empty: the policy's `paths`. */
  paths: string[];
  /**
   * Keep only those of `paths` that the policy's `paths` name, and every item when the policy file
   * is among them: the pre-commit hook passes every staged file (see .pre-commit-hooks.yaml).
   */
  onlyPolicyPaths?: boolean;
  config?: string;
  /** UTC "YYYY-MM-DD". */
  today: string;
  /** Build each item's views, for JSON and Markdown (see evaluate); default true. */
  views?: boolean;
  /** Where Prometheus is, for the error-budget gate and the live checks (never from the repository). */
  prometheus?: PrometheusConnection;
  /** Where the people checks ask (`--github-url`, `--github-token`); absent: not looked up. */
  github?: GitHubConnection;
}

export interface Judged<Item extends ItemVerdict = ItemReport> {
  report: Report<Item>;
  /** The policy file is invalid: the report holds only its findings, no item was judged. */
  policyBroken: boolean;
  /** Things to tell the user on stderr, such as a glob that matched nothing. */
  remarks: string[];
  /** Absolute paths of every file read: the policy and the item files (see writeOutput). */
  inputs: string[];
}

/** The part validate and report share: policy, item files, engine. */
export async function judgeItems(
  inputs: JudgeInputs & { views?: true },
  io: CliIo,
): Promise<Judged>;
export async function judgeItems(inputs: JudgeInputs, io: CliIo): Promise<Judged<ItemVerdict>>;
export async function judgeItems(inputs: JudgeInputs, io: CliIo): Promise<Judged<ItemVerdict>> {
  const root = repositoryRoot(io.cwd);
  const boundary: Boundary = {
    cwd: io.cwd,
    root,
    realRoot: await realpath(root),
    realpaths: new Map(),
    stats: new Map(),
  };
  const policy = await readPolicy(inputs.config, boundary);
  const policyFile = policy.file === undefined ? [] : [policy.file];
  if (!policy.policy)
    return {
      report: policyReport(policy.findings),
      policyBroken: true,
      remarks: [],
      inputs: policyFile,
    };
  const remarks: string[] = [];
  const globRoot = policyRoot(policy.file, io.cwd, root);
  const everyItem = await oncePerFile(
    await globPolicyFiles(policy.policy.paths, boundary, "the policy's paths entry", globRoot),
    boundary,
  );
  const policyFindings = [...policy.findings];
  // "0 items" must not read as a pass: globs that match nothing are said at `paths`.
  if (everyItem.length === 0)
    runCheck(
      policyPathsUnmatched,
      fileReports(policy.source?.path ?? DEFAULT_POLICY_PATH, policyFindings),
      { source: policy.source, paths: policy.policy.paths },
    );
  let files = everyItem;
  let others: string[] = [];
  if (inputs.onlyPolicyPaths) {
    const given = new Set(inputs.paths.map((path) => resolve(io.cwd, path)));
    files = policy.file !== undefined && given.has(policy.file) ? everyItem : [];
    if (files.length === 0) files = everyItem.filter((file) => given.has(file));
    const judged = new Set(files);
    others = everyItem.filter((f) => !judged.has(f));
  } else if (inputs.paths.length > 0) {
    const found = await findItemFiles(inputs.paths, boundary);
    // A path asked for by name that holds no item is a mistake, not an empty pass.
    if (found.empty.length > 0)
      throw new UsageError(
        `no item files match ${found.empty.join(", ")} (files ending .yaml, .yml or .json, or a glob that matches some)`,
      );
    files = found.files;
    // Ids are unique across all items, so the policy's other items are read for their ids.
    const judged = new Set(files);
    others = everyItem.filter((f) => !judged.has(f));
  }
  const sloFiles = await findSloFiles(policy.policy.slo.files, boundary, remarks, globRoot);
  const read = readOptionsFrom(io.env ?? {});
  const prometheus = await cliPrometheusFacts(
    inputs.prometheus,
    files,
    sloFiles,
    boundary,
    policy.policy,
    read,
  );
  const people = await cliPeopleFacts(inputs.github, files, boundary, policy.policy, io, read);
  const report = await judgeFiles({
    files,
    others,
    sloFiles,
    boundary,
    policy: policy.policy,
    today: inputs.today,
    views: inputs.views,
    errorBudget: prometheus.errorBudget,
    live: prometheus.live,
    people: people.facts,
    read,
  });
  report.notices.push(...prometheus.notices, ...people.notices);
  return {
    report: withFindings(report, policyFindings),
    policyBroken: false,
    remarks,
    inputs: [...policyFile, ...files, ...others, ...(sloFiles ?? [])],
  };
}

/** The policy's `slo.files`, as absolute paths; undefined when it names none (no cross-check). */
export async function findSloFiles(
  patterns: readonly string[],
  boundary: Boundary,
  remarks: string[],
  root: string,
): Promise<string[] | undefined> {
  if (patterns.length === 0) return undefined;
  const found = await oncePerFile(
    await globPolicyFiles(patterns, boundary, "the policy's slo.files entry", root),
    boundary,
  );
  if (found.length === 0)
    remarks.push(`No SLO files match slo.files (${patterns.join(", ")}): every slo: is unknown`);
  return found;
}

/** A broken policy: its findings and nothing else, for any format. */
function policyReport(findings: readonly Finding[]): Report<ItemReport> {
  return buildReport([], findings, []);
}

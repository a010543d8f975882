import { realpath } from "node:fs/promises";
import type { Finding } from "../core/findings/finding.js";
import { buildReport, withFindings } from "../core/build-report.js";
import { readOptionsFrom } from "../core/parse/read-options.js";
import type { ItemReport, ItemVerdict, Report } from "../core/report.js";
import type { CliIo } from "./cli-io.js";
import { judgeFiles } from "./judge-files.js";
import { findItemFiles, globItemFiles, oncePerFile } from "./find-item-files.js";
import { readPolicy } from "./read-policy.js";
import type { Boundary } from "./read-source.js";
import { repositoryRoot } from "./repository-root.js";

export interface JudgeInputs {
  /** Files, folders or globs; empty: the policy's `paths`. */
  paths: string[];
  config?: string;
  /** UTC "YYYY-MM-DD". */
  today: string;
  /** Build each item's views, for JSON and Markdown (see evaluate); default true. */
  views?: boolean;
}

export interface Judged<Item extends ItemVerdict = ItemReport> {
  report: Report<Item>;
  /** The policy file is invalid: the report holds only its findings, no item was judged. */
  policyBroken: boolean;
  /** Things to tell the user on stderr, such as a glob that matched nothing. */
  remarks: string[];
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
  if (!policy.policy)
    return { report: policyReport(policy.findings), policyBroken: true, remarks: [] };
  const remarks: string[] = [];
  const everyItem = await oncePerFile(await globItemFiles(policy.policy.paths, io.cwd), boundary);
  let files = everyItem;
  let others: string[] = [];
  if (inputs.paths.length > 0) {
    const found = await findItemFiles(inputs.paths, boundary);
    for (const arg of found.empty) remarks.push(`No item files match ${arg}`);
    files = found.files;
    // Ids are unique across all items, so the policy's other items are read for their ids.
    const judged = new Set(files);
    others = everyItem.filter((f) => !judged.has(f));
  } else if (files.length === 0) {
    remarks.push(`No item files found in ${policy.policy.paths.join(", ")}`);
  }
  const report = await judgeFiles({
    files,
    others,
    boundary,
    policy: policy.policy,
    today: inputs.today,
    views: inputs.views,
    read: readOptionsFrom(io.env ?? {}),
  });
  return { report: withFindings(report, policy.findings), policyBroken: false, remarks };
}

/** A broken policy: its findings and nothing else, for any format. */
function policyReport(findings: readonly Finding[]): Report<ItemReport> {
  return buildReport([], findings, []);
}

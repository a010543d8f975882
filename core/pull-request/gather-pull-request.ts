import picomatch from "picomatch";
import { budgetPort } from "../error-budget/missing-prometheus.js";
import { budgetNeedsBase } from "../with-budget/pull-request-budget.js";
import type { PrometheusPort } from "../error-budget/prometheus-port.js";
import type { Policy } from "../policy/policy.js";
import type { ChangedFile, GitHubPort, RemoteFile, Review, TreeEntry } from "../port.js";
import { approvedCommits } from "../signoff/gather-sign-off-facts.js";
import { pullRequestChanges } from "./changed-files.js";
import type { PullRequestInfo } from "./pull-request.js";

/** What a pull request evaluation reads with (PullRequestRun's fields of the same names). */
export interface GatherRun {
  port: GitHubPort;
  pr: PullRequestInfo;
  policy: Policy;
  policyPath: string;
  verify: boolean;
  paths?: string[];
  /** Whether the error-budget gate can run, so whether it needs the base's items. */
  prometheus?: PrometheusPort;
}

/**
 * A pull request's files and facts as read from GitHub, and the paths they were filtered to:
 * plain data (structured-cloneable), so it is read on the calling thread and judged in a worker.
 */
export interface GatheredPullRequest {
  /** The files the pull request changes. */
  changedFiles: ChangedFile[];
  /** Set when the changed files came from comparing trees: why, for the report. */
  comparedTrees?: string;
  /** The head commit's tree. */
  headEntries: TreeEntry[];
  /** Its files' paths. */
  headTree: string[];
  /** The item files at the head (the policy's paths, or the surface's). */
  headItemPaths: string[];
  /** Item paths the pull request adds or changes. */
  changedItems: string[];
  /** The SLO files at the base: they decide, like the policy. */
  baseSloPaths: string[];
  /** The SLO files the pull request changes, and those at the head when it changes any. */
  sloTouched: string[];
  headSloPaths: string[];
  /** The pull request's change of the policy file, if any. */
  policyTouched?: ChangedFile;
  /** Whether any entry at the head (a file, link or submodule) is at an item path. */
  itemAtHead: boolean;
  reviews: Review[];
  /** Head contents by path: items, head SLO files, the changed policy file. */
  contents: Map<string, RemoteFile | null>;
  /** Blob ids of changed items, at approved commits and at the head: `${ref}:${path}`. */
  blobs: Map<string, string | null>;
  /** Contents at the base: changed items (for the budget and objectives) and the SLO files. */
  baseFiles: Map<string, RemoteFile | null>;
}

/**
 * Everything a pull request evaluation reads before judging, in a fixed number of batched
 * requests whatever the number of changed items: PR files, the head tree, reviews (when verifying),
 * the base's paths (when the policy names SLO files), then one batch of contents and blob ids.
 * Parses nothing. Throws PortError on API failure; callers fail closed.
 */
export async function gatherPullRequest(run: GatherRun): Promise<GatheredPullRequest> {
  const { port, pr, policy } = run;
  const isItem = picomatch(run.paths ?? policy.paths, { dot: false });
  const isSlo =
    policy.slo.files.length > 0 ? picomatch(policy.slo.files, { dot: false }) : undefined;
  const [listedFiles, headEntries, reviews, baseTree] = await Promise.all([
    port.pullRequestFiles(pr.number),
    port.tree(pr.headSha),
    run.verify ? port.reviews(pr.number) : Promise.resolve([]),
    isSlo ? port.listPaths(pr.baseSha) : Promise.resolve([]),
  ]);
  const changes = await pullRequestChanges(port, pr, listedFiles, headEntries);
  const changedFiles = changes.files;
  const headTree = headEntries.filter((e) => e.kind === "file").map((e) => e.path);
  const headItemPaths = headTree.filter((p) => isItem(p));
  // SLO files decide like the policy: read at the base (in the same batched read), so a pull
  // request cannot move its own SLO targets or error-budget query; a change at the head is previewed.
  const baseSloPaths = isSlo ? baseTree.filter((p) => isSlo(p)) : [];
  const sloTouched = isSlo
    ? changedFiles
        .filter((f) => isSlo(f.path) || (f.previousPath !== undefined && isSlo(f.previousPath)))
        .map((f) => f.path)
    : [];
  const headSloPaths = isSlo && sloTouched.length > 0 ? headTree.filter((p) => isSlo(p)) : [];
  const changedItems = changedFiles
    .filter((f) => f.status !== "removed" && isItem(f.path))
    .map((f) => f.path);
  const policyTouched = changedFiles.find(
    (f) => f.path === run.policyPath || f.previousPath === run.policyPath,
  );
  const wanted = [
    ...headItemPaths,
    ...headSloPaths,
    ...(policyTouched && policyTouched.status !== "removed" ? [run.policyPath] : []),
  ];
  // One GraphQL query for the items at the head and the changed items at each approved commit.
  const pairs = approvedCommits(reviews)
    .filter((commit) => commit !== pr.headSha)
    .flatMap((ref) => changedItems.map((path) => ({ ref, path })));
  // The error-budget gate compares changed items with the base, read in the same request; the
  // objectives check holds launched items as the budget gate does: it needs the base too.
  const budgetBase =
    budgetNeedsBase(budgetPort(run.prometheus, policy), policy, pr.labels) ||
    policy.live.objectives !== "off"
      ? changedItems
      : [];
  const base =
    budgetBase.length > 0 || baseSloPaths.length > 0
      ? { ref: pr.baseSha, paths: [...new Set([...budgetBase, ...baseSloPaths])] }
      : undefined;
  const {
    files: contents,
    blobs,
    alsoFiles: baseFiles,
  } = await port.readFilesAndBlobIds(pr.headSha, wanted, pairs, base);
  for (const path of changedItems)
    blobs.set(`${pr.headSha}:${path}`, contents.get(path)?.blobId ?? null);
  return {
    changedFiles,
    ...(changes.comparedTrees === undefined ? {} : { comparedTrees: changes.comparedTrees }),
    headEntries,
    headTree,
    headItemPaths,
    changedItems,
    baseSloPaths,
    sloTouched,
    headSloPaths,
    ...(policyTouched ? { policyTouched } : {}),
    itemAtHead: headEntries.some((entry) => isItem(entry.path)),
    reviews,
    contents,
    blobs,
    baseFiles,
  };
}

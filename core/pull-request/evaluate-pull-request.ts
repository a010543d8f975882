import picomatch from "picomatch";
import { budgetPort } from "../error-budget/missing-prometheus.js";
import type { PrometheusPort } from "../error-budget/prometheus-port.js";
import { loadBase, pullRequestBudget } from "../with-budget/pull-request-budget.js";
import { checkLive } from "../live/check-live.js";
import { pullRequestLiveItems } from "../live/live-scope.js";
import { evaluateLoaded, type EvaluateInput } from "../evaluate.js";
import type { Finding } from "../findings/finding.js";
import { withFindings } from "../build-report.js";
import { loadItem, type LoadedItem } from "../load/load-item.js";
import { checkPeople } from "../people/check-people.js";
import { loadPolicy } from "../load/load-policy.js";
import type { ReadOptions } from "../parse/read-options.js";
import type { Policy } from "../policy/policy.js";
import type { GitHubPort, RemoteFile, TreeEntry } from "../port.js";
import type { Report } from "../report.js";
import { fileReports, runCheck, type Reports } from "../rules/context.js";
import { linkMissing } from "../rules/link-missing.js";
import { linkNotReady } from "../rules/link-not-ready.js";
import { linkUnknown } from "../rules/link-unknown.js";
import { policyPathsUnmatched } from "../rules/policy-paths-unmatched.js";
import { policyChange as policyChangeRule } from "../rules/policy-change.js";
import { gatherSignOffFacts } from "../signoff/gather-sign-off-facts.js";
import type { SourceFile } from "../source.js";
import { gatherPullRequest, type GatheredPullRequest } from "./gather-pull-request.js";
import { parseLinks } from "./links.js";
import type { PullRequestInfo } from "./pull-request.js";

export interface PullRequestRun {
  port: GitHubPort;
  pr: PullRequestInfo;
  /** The base branch's policy, loaded (and `_extends`-merged) by the surface. */
  policy: Policy;
  /** Where the policy file lives (default .github/roadmap-gate.yml): a PR that changes it is previewed. */
  policyPath: string;
  /** UTC "YYYY-MM-DD". */
  today: string;
  /** true: judge only the item files the PR adds or changes (ids still checked against all items). */
  changedOnly: boolean;
  /** Verify sign-offs (and waivers' approved_by) of changed items against the PR's reviews. */
  verify: boolean;
  /** Judge the items the PR links (`Roadmap: ID` lines, `Closes #N`); they must be gate-ready. App: true. */
  followLinks: boolean;
  /** Overrides policy.paths (the Action's `paths` input). */
  paths?: string[];
  /** Prometheus, for the error-budget gate; from the surface's configuration, never the repository. */
  prometheus?: PrometheusPort;
  /**
   * Whether the repository's owner is an organisation (from the event's `repository.owner.type`),
   * for the people checks; undefined: asked through the port when they need it.
   */
  ownerIsOrg?: boolean;
  /** Told each file's path before it is loaded or judged (see EvaluateInput.onFile). */
  onFile?: (path: string) => void;
  /** How item files are read (e.g. without the fast reader); the surface decides. */
  read?: ReadOptions;
}

export interface PolicyChange {
  /** The new policy's own findings (an invalid new policy is an error of this PR). */
  findings: Finding[];
  /** Items at the head that would fail under the new policy. */
  wouldFail: { file: string; id?: string; errors: number }[];
  removed: boolean;
}

export interface SloChange {
  /** The SLO files the pull request changes. */
  files: string[];
  /** Judged items that would fail with the SLO files as they are at the head. */
  wouldFail: { file: string; id?: string; errors: number }[];
}

export interface PullRequestResult {
  /** Findings of judged items plus PR-level findings (links); PR-level findings have file "". */
  report: Report;
  /** Item paths the PR adds or changes. */
  changedItems: string[];
  /** Item ids the PR links, and issue numbers it closes. */
  links: { ids: string[]; issues: number[] };
  /** Present when the PR changes the policy file. */
  policyChange?: PolicyChange;
  /** Present when the PR changes SLO files: what they would decide, never this verdict. */
  sloChange?: SloChange;
}

/**
 * Everything a pull request evaluation needs, shared by the Action and the App: gathered (read
 * through the port, gather-pull-request.ts), then judged. The surfaces gather on the calling
 * thread and judge in a worker (thread/evaluation-threads.ts); this runs both here.
 * Throws PortError on API failure; callers fail closed.
 */
export async function evaluatePullRequest(run: PullRequestRun): Promise<PullRequestResult> {
  return judgePullRequest(await gatherPullRequest(run), run);
}

/**
 * A gathered pull request judged: its items loaded and judged, its links, sign-offs, error budget,
 * live checks, people and previews. Reads through the port only what depends on the parsed items
 * (reviewers' permissions, people, SLO files a changed policy adds).
 */
export async function judgePullRequest(
  gathered: GatheredPullRequest,
  run: PullRequestRun,
): Promise<PullRequestResult> {
  const { port, pr, policy } = run;
  const { headEntries, headTree, headItemPaths, changedItems, policyTouched } = gathered;
  const { baseSloPaths, sloTouched, headSloPaths, reviews, contents, blobs, baseFiles } = gathered;
  const isSlo = policy.slo.files.length > 0;
  const prometheus = budgetPort(run.prometheus, policy);
  const sources = headItemPaths.map((path) => toSource(path, contents.get(path) ?? null));
  const loadedByPath = new Map(
    [...sources, ...notFiles(changedItems, headEntries)].map((s) => {
      run.onFile?.(s.path);
      return [s.path, loadItem(s, policy.limits.max_file_bytes, run.read)];
    }),
  );

  const judgedPaths = new Set(run.changedOnly ? changedItems : headItemPaths);
  const links = parseLinks(pr.body);
  const prFindings: Finding[] = [];
  const pullRequest = fileReports("", prFindings);
  const linkedPaths = run.followLinks
    ? linkedItemPaths(links, loadedByPath, pullRequest)
    : new Set<string>();
  for (const path of linkedPaths) judgedPaths.add(path);
  const judged = [...judgedPaths].sort().flatMap((p) => loadedByPath.get(p) ?? []);

  const changedSet = new Set(changedItems);
  const changedLoaded = judged.filter((l) => changedSet.has(l.file));
  const signOff = run.verify
    ? await gatherSignOffFacts(port, pr, changedLoaded, policy, { reviews, blobs })
    : undefined;
  const sloFiles = isSlo
    ? baseSloPaths.map((path) => toSource(path, baseFiles.get(path) ?? null, "base"))
    : undefined;
  const budget = await pullRequestBudget({
    port: prometheus,
    policy,
    labels: pr.labels,
    changed: changedLoaded,
    base: baseFiles,
    linked: judged.filter((l) => linkedPaths.has(l.file)),
    sloFiles,
    onFile: run.onFile,
    read: run.read,
  });
  const liveItems = pullRequestLiveItems({
    judged,
    changed: changedLoaded,
    base:
      policy.live.objectives === "off"
        ? new Map()
        : loadBase({ base: baseFiles, policy, onFile: run.onFile, read: run.read }),
    linked: judged.filter((l) => linkedPaths.has(l.file)),
    labels: pr.labels,
    policy,
  });
  // After the budget's queries: together they stay within 4 at once.
  const live = await checkLive(run.prometheus, liveItems, policy);
  // People (SPEC 9.3): the handles of the items the pull request changes or links.
  const people = await checkPeople(
    port,
    judged.flatMap((l) =>
      l.ok && (changedSet.has(l.file) || linkedPaths.has(l.file))
        ? [{ file: l.file, data: l.data }]
        : [],
    ),
    policy,
    { ownerIsOrg: run.ownerIsOrg },
  );
  const report = evaluateLoaded({
    loaded: judged,
    others: sources,
    policy,
    today: run.today,
    signOff,
    errorBudget: budget.facts,
    live: live.facts,
    people: people.facts,
    sloFiles,
    onFile: run.onFile,
    read: run.read,
  });
  report.notices.push(...budget.notices, ...liveItems.notices, ...live.notices, ...people.notices);
  if (gathered.comparedTrees) report.notices.push(`${gathered.comparedTrees}.`);
  const sloChange =
    sloTouched.length > 0
      ? previewSloChange(run, {
          touched: sloTouched,
          judged: judged.map((l) => l.file),
          sources: [...sources, ...notFiles(changedItems, headEntries)],
          sloFiles: headSloPaths.map((path) => toSource(path, contents.get(path) ?? null)),
          signOff,
        })
      : undefined;
  if (sloChange) report.notices.push(sloChangeNotice(sloChange));

  for (const item of report.items) {
    if (linkedPaths.has(item.file) && item.verdict !== "pass")
      runCheck(linkNotReady, pullRequest, item);
  }
  if (
    policy.pull_requests.require_roadmap_link &&
    linkedPaths.size === 0 &&
    changedItems.length === 0
  ) {
    const exempt = pr.labels.some((l) => policy.pull_requests.exempt_labels.includes(l));
    if (!exempt) runCheck(linkMissing, pullRequest, policy.pull_requests.exempt_labels);
  }
  const policyChange = policyTouched
    ? await previewPolicy(
        run,
        policyTouched.status === "removed" ? undefined : (contents.get(run.policyPath) ?? null),
        sources,
        { tree: headTree, files: contents },
      )
    : undefined;
  if (policyChange) for (const finding of policyChange.findings) prFindings.push(finding);
  // No item anywhere at the head under the policy's own globs: said, never an empty pass. A link
  // or submodule at an item path is matched (and judged unreadable), so it is not "no file".
  if (!run.paths && !gathered.itemAtHead)
    runCheck(policyPathsUnmatched, fileReports(run.policyPath, prFindings), {
      paths: policy.paths,
    });
  return {
    report: withFindings(report, prFindings),
    changedItems,
    links,
    policyChange,
    sloChange,
  };
}

/**
 * Changed item paths that are a symlink or a submodule at the head: never read (a link may point at
 * a file nobody reviewed, a submodule is another repository's commit), but judged, as unreadable.
 */
function notFiles(changedItems: readonly string[], head: readonly TreeEntry[]): SourceFile[] {
  const changed = new Set(changedItems);
  return head.flatMap((entry) => {
    if (entry.kind === "file" || !changed.has(entry.path)) return [];
    const what =
      entry.kind === "symlink"
        ? "a symbolic link, not a file, at the head commit; the gate does not follow links, which could point at a file nobody reviewed"
        : "a submodule (a commit of another repository), not a file, at the head commit";
    return [{ path: entry.path, content: "", unreadable: `${entry.path} is ${what}` }];
  });
}

function toSource(path: string, remote: RemoteFile | null, at = "head"): SourceFile {
  if (!remote)
    return { path, content: "", unreadable: `the file could not be read at the ${at} commit` };
  if (remote.tooLarge) return { path, content: "", tooLarge: remote.byteSize };
  if (remote.text === null) return { path, content: "", unreadable: "binary file, not text" };
  return { path, content: remote.text };
}

function linkedItemPaths(
  links: { ids: string[]; issues: number[] },
  loaded: Map<string, LoadedItem>,
  pullRequest: Reports,
): Set<string> {
  const paths = new Set<string>();
  const ids = new Set(links.ids);
  const foundIds = new Set<string>();
  for (const item of loaded.values()) {
    if (!item.ok) continue;
    const id = typeof item.data.id === "string" ? item.data.id : undefined;
    if (id !== undefined && ids.has(id)) {
      paths.add(item.file);
      foundIds.add(id);
    }
    if (typeof item.data.issue === "number" && links.issues.includes(item.data.issue))
      paths.add(item.file);
  }
  for (const id of links.ids) {
    if (!foundIds.has(id)) runCheck(linkUnknown, pullRequest, id);
  }
  return paths;
}

/**
 * The items at the head judged under the new policy, as they would be once it is merged: with its
 * SLO files (`slo.files`) when it names any, read at the head. Files the base policy already had
 * read come from that read; only SLO files the new policy adds cost one more request.
 */
async function previewPolicy(
  run: PullRequestRun,
  file: RemoteFile | null | undefined,
  sources: SourceFile[],
  head: { tree: readonly string[]; files: ReadonlyMap<string, RemoteFile | null> },
): Promise<PolicyChange> {
  const removed = file === undefined;
  const loaded = removed ? loadPolicy(undefined) : loadPolicy(toSource(run.policyPath, file));
  const policy = loaded.policy;
  if (!policy) return { findings: loaded.findings, wouldFail: [], removed };
  const sloFiles = await previewSloFiles(run, policy, head);
  const preview = evaluateLoaded({
    loaded: sources.map((s) => {
      run.onFile?.(s.path);
      return loadItem(s, policy.limits.max_file_bytes, run.read);
    }),
    policy,
    today: run.today,
    sloFiles,
    onFile: run.onFile,
    read: run.read,
  });
  const wouldFail = preview.items
    .filter((i) => i.errors > 0)
    .map((i) => ({ file: i.file, id: i.id, errors: i.errors }));
  const findings: Finding[] = [];
  runCheck(policyChangeRule, fileReports(run.policyPath, findings), { removed, wouldFail });
  return { findings, wouldFail, removed };
}

/** The new policy's SLO files at the head; undefined when it names none (no cross-check). */
async function previewSloFiles(
  run: PullRequestRun,
  policy: Policy,
  head: { tree: readonly string[]; files: ReadonlyMap<string, RemoteFile | null> },
): Promise<SourceFile[] | undefined> {
  if (policy.slo.files.length === 0) return undefined;
  const isSlo = picomatch(policy.slo.files, { dot: false });
  const paths = head.tree.filter((p) => isSlo(p));
  const unread = paths.filter((p) => !head.files.has(p));
  const more =
    unread.length > 0
      ? await run.port.readFiles(run.pr.headSha, unread)
      : new Map<string, RemoteFile | null>();
  return paths.map((p) => toSource(p, head.files.get(p) ?? more.get(p) ?? null));
}

/**
 * The judged items again, with the SLO files as the pull request leaves them: what they would
 * decide once merged. Only a preview: the verdict uses the base's SLO files.
 */
function previewSloChange(
  run: PullRequestRun,
  at: {
    touched: string[];
    judged: string[];
    sources: SourceFile[];
    sloFiles: SourceFile[];
    signOff: EvaluateInput["signOff"];
  },
): SloChange {
  const judged = new Set(at.judged);
  const preview = evaluateLoaded({
    loaded: at.sources
      .filter((s) => judged.has(s.path))
      .map((s) => {
        run.onFile?.(s.path);
        return loadItem(s, run.policy.limits.max_file_bytes, run.read);
      }),
    others: at.sources,
    policy: run.policy,
    today: run.today,
    signOff: at.signOff,
    sloFiles: at.sloFiles,
    onFile: run.onFile,
    read: run.read,
  });
  const wouldFail = preview.items
    .filter((i) => i.errors > 0)
    .map((i) => ({ file: i.file, id: i.id, errors: i.errors }));
  return { files: at.touched, wouldFail };
}

const SLO_PREVIEW_ITEMS = 20;

function sloChangeNotice(change: SloChange): string {
  const shown = change.wouldFail.slice(0, SLO_PREVIEW_ITEMS);
  const more = change.wouldFail.length - shown.length;
  const outcome =
    change.wouldFail.length === 0
      ? "every judged item would pass"
      : `${change.wouldFail.length} judged item${change.wouldFail.length === 1 ? "" : "s"} would fail: ` +
        shown
          .map((w) => `${w.id ?? w.file} (${w.errors} error${w.errors === 1 ? "" : "s"})`)
          .join(", ") +
        (more > 0 ? `, and ${more} more` : "");
  return (
    `SLO change preview: this pull request changes ${change.files.join(", ")}. SLO files are read at the base branch, ` +
    `like the policy, so they decide nothing here (nor the error-budget queries); with the new files ${outcome}.`
  );
}

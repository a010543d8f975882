import type { Logger } from "probot";
import { issueBodyItem } from "../../core/checklist/issue-body-item.js";
import {
  renderChecklistComment,
  renderNoItemComment,
  renderUntrackedComment,
  type ChecklistContext,
} from "../../core/checklist/render-checklist.js";
import { utcToday } from "../../core/dates.js";
import { judged } from "../../core/gate/judged.js";
import { evaluationLimits, type ReadLimits } from "../../core/gate/read-limits.js";
import { readGatePolicy } from "../../core/gate/read-gate-policy.js";
import { DEFAULT_POLICY_PATH, type Policy } from "../../core/policy/policy.js";
import type { GitHubPort } from "../../core/port.js";
import { readOptionsFrom } from "../../core/parse/read-options.js";
import type { SourceFile } from "../../core/source.js";
import { loadItem } from "../../core/load/load-item.js";
import { checkPeople } from "../../core/people/check-people.js";
import {
  evaluateInThread,
  threadSettings,
  type EvaluationJob,
  type JobResult,
} from "../../thread/evaluation-threads.js";
import type { BotLogin } from "../bot-login.js";
import { writeChecklistComment } from "./checklist-comment.js";
import { readRoadmap } from "./roadmap-files.js";

/** Where checklists are written: a repository of one installation. */
export interface IssueScope {
  port: GitHubPort;
  /** A port for one event's file reads: sizes before contents, within `limits`. */
  reader(limits: ReadLimits): GitHubPort;
  repo: { owner: string; repo: string };
  /** The repository's web address, for links to item files. */
  htmlUrl: string;
  defaultBranch: string;
  botLogin: BotLogin;
  log: Logger;
  /** Whose turn its evaluations wait for when every thread is busy: the installation. */
  queue: string;
  /** The repository's owner is an organisation (the event's `repository.owner.type`). */
  ownerIsOrg?: boolean;
}

/** The items on the default branch and the policy there: what every checklist is built from. */
export interface RoadmapState {
  ref: string;
  policy: Policy;
  files: SourceFile[];
  /** The policy's SLO files at `ref`; undefined when it names none. */
  sloFiles?: SourceFile[];
  /** The issue each item names, by path. */
  issues: Record<string, number>;
  /** What this event's files were read through, for any it reads more (the policy's limits). */
  reader: GitHubPort;
}

export interface IssueFacts {
  number: number;
  body?: string | null;
  labels: string[];
}

/** The policy at `ref`; undefined (and logged) when it is invalid: nothing is judged under it. */
export async function readValidPolicy(scope: IssueScope, ref: string): Promise<Policy | undefined> {
  const loaded = await readGatePolicy(
    scope.port,
    { path: DEFAULT_POLICY_PATH, ref },
    { orgFallback: true },
  );
  if (!loaded.policy)
    scope.log.warn({ findings: loaded.findings }, "The policy is invalid: no checklist is written");
  return loaded.policy;
}

/**
 * Every item at `ref`, read once for all the issues an event touches: sizes before contents, a
 * file over the policy's limit never downloaded, 64 MiB in all (as a pull request's reads).
 */
export async function readRoadmapState(
  scope: IssueScope,
  ref: string,
  policy: Policy,
): Promise<RoadmapState> {
  const reader = scope.reader(evaluationLimits(policy));
  const { files, sloFiles } = await readRoadmap(reader, ref, policy);
  return {
    ref,
    policy,
    files,
    sloFiles,
    issues: await trackingIssuesOf(files, policy, scope.queue),
    reader,
  };
}

/** The issue each item names, by path (loaded in a thread, like every judgement: see inThread). */
export function trackingIssuesOf(
  files: SourceFile[],
  policy: Policy,
  queue?: string,
): Promise<Record<string, number>> {
  return inThread(
    { kind: "tracking-issues", files, policy, read: readOptionsFrom(process.env) },
    queue,
  );
}

/**
 * Judged in a thread of its own with a budget per file, like a check run (see
 * thread/evaluation-threads.ts): a file that outlasts it stops this event with the reason, instead
 * of stalling the App.
 */
async function inThread<J extends EvaluationJob>(job: J, queue?: string): Promise<JobResult<J>> {
  const { fileMs, memoryMb } = threadSettings(process.env);
  const outcome = judged(await evaluateInThread(job, { budget: { fileMs, memoryMb }, queue }));
  if (outcome.kind === "stopped") {
    const { finding } = outcome;
    throw new Error(`roadmap-gate stopped judging ${finding.file}: ${finding.message}`);
  }
  return outcome.value;
}

/**
 * Writes the issue's checklist: a section for each item that names it; for a labelled issue with
 * no item, the draft in its description, or how to add an item. `wasTracked`: an item named it
 * before this push, so a checklist left behind says that no item names it any more.
 */
export async function updateIssueChecklist(
  scope: IssueScope,
  state: RoadmapState,
  issue: IssueFacts,
  options: { wasTracked?: boolean } = {},
): Promise<void> {
  const { policy } = state;
  const context = checklistContext(scope, state, issue.number);
  const judge = async (items: SourceFile[], source: "file" | "issue-body") =>
    renderChecklistComment(
      await inThread(
        {
          kind: "checklists",
          input: {
            items,
            others: state.files,
            sloFiles: state.sloFiles,
            // People (SPEC 9.3) are looked up here, where the port is; the thread gets answers.
            people: (
              await checkPeople(scope.port, parsedItems(items, policy), policy, {
                ownerIsOrg: scope.ownerIsOrg,
              })
            ).facts,
            policy,
            today: utcToday(new Date()),
            source,
            read: readOptionsFrom(process.env),
          },
        },
        scope.queue,
      ),
      context,
    );
  const naming = state.files.filter((f) => state.issues[f.path] === issue.number);
  const label = issue.labels.find((l) => policy.issues.labels.includes(l));
  const draft = label === undefined ? undefined : issueBodyItem(issue.body, issue.number);
  if (naming.length > 0) await write(scope, issue.number, await judge(naming, "file"));
  else if (draft) await write(scope, issue.number, await judge([draft], "issue-body"));
  else if (label !== undefined)
    await write(scope, issue.number, renderNoItemComment({ ...context, label }));
  else if (options.wasTracked)
    await write(scope, issue.number, renderUntrackedComment(context), { onlyIfExists: true });
}

async function write(
  scope: IssueScope,
  issue: number,
  body: string,
  options: { onlyIfExists?: boolean } = {},
): Promise<void> {
  const outcome = await writeChecklistComment(
    { port: scope.port, botLogin: await scope.botLogin() },
    issue,
    body,
    options,
  );
  scope.log.info({ issue, outcome }, "Checklist comment");
}

function checklistContext(scope: IssueScope, state: RoadmapState, issue: number): ChecklistContext {
  const encode = (path: string) => path.split("/").map(encodeURIComponent).join("/");
  return {
    issue,
    ref: scope.defaultBranch,
    paths: state.policy.paths,
    links: {
      file: (path, line) =>
        `${scope.htmlUrl}/blob/${encode(scope.defaultBranch)}/${encode(path)}${line === undefined ? "" : `#L${line}`}`,
      newItem: `${scope.htmlUrl}/issues/new?template=roadmap-item.yml`,
    },
  };
}

/** The items whose people are looked up: none unless `live.people` is on (parsing costs). */
function parsedItems(
  items: readonly SourceFile[],
  policy: Policy,
): { file: string; data: Record<string, unknown> }[] {
  if (policy.live.people === "off") return [];
  return items.flatMap((f) => {
    const loaded = loadItem(f, policy.limits.max_file_bytes);
    return loaded.ok ? [{ file: loaded.file, data: loaded.data }] : [];
  });
}

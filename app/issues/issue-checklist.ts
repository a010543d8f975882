import type { Logger } from "probot";
import { issueBodyItem } from "../../core/checklist/issue-body-item.js";
import {
  renderChecklistComment,
  renderNoItemComment,
  renderUntrackedComment,
  type ChecklistContext,
} from "../../core/checklist/render-checklist.js";
import { utcToday } from "../../core/dates.js";
import type { Policy } from "../../core/policy/policy.js";
import type { GitHubPort } from "../../core/port.js";
import { readOptionsFrom } from "../../core/parse/read-options.js";
import type { SourceFile } from "../../core/source.js";
import { tooComplexFinding } from "../../core/stopped-file.js";
import {
  evaluateInThread,
  threadSettings,
  type EvaluationJob,
  type JobResult,
} from "../../thread/evaluation-thread.js";
import { readPolicy } from "../policy-reader.js";
import type { BotLogin } from "../bot-login.js";
import { writeChecklistComment } from "./checklist-comment.js";
import { readRoadmap } from "./roadmap-files.js";

/** Where checklists are written: a repository of one installation. */
export interface IssueScope {
  port: GitHubPort;
  repo: { owner: string; repo: string };
  /** The repository's web address, for links to item files. */
  htmlUrl: string;
  defaultBranch: string;
  botLogin: BotLogin;
  log: Logger;
  /** Whose turn its evaluations wait for when every thread is busy: the installation. */
  queue: string;
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
}

export interface IssueFacts {
  number: number;
  body?: string | null;
  labels: string[];
}

/** The policy at `ref`; undefined (and logged) when it is invalid: nothing is judged under it. */
export async function readValidPolicy(scope: IssueScope, ref: string): Promise<Policy | undefined> {
  const loaded = await readPolicy(scope.port, ref);
  if (!loaded.policy)
    scope.log.warn({ findings: loaded.findings }, "The policy is invalid: no checklist is written");
  return loaded.policy;
}

/** Every item at `ref`, read once for all the issues an event touches. */
export async function readRoadmapState(
  scope: IssueScope,
  ref: string,
  policy: Policy,
): Promise<RoadmapState> {
  const { files, sloFiles } = await readRoadmap(scope.port, ref, policy);
  return {
    ref,
    policy,
    files,
    sloFiles,
    issues: await trackingIssuesOf(files, policy, scope.queue),
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
 * thread/evaluation-thread.ts): a file that outlasts it stops this event with the reason, instead
 * of stalling the App.
 */
async function inThread<J extends EvaluationJob>(job: J, queue?: string): Promise<JobResult<J>> {
  const { fileMs, memoryMb, stallOn } = threadSettings(process.env);
  const outcome = await evaluateInThread(job, { budget: { fileMs, memoryMb }, stallOn, queue });
  if (outcome.kind === "too-complex") {
    const finding = tooComplexFinding(outcome);
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

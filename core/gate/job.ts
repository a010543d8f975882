import type { ItemChecklist } from "../checklist/checklist.js";
import type { IssueChecklistInput } from "../checklist/issue-checklists.js";
import type { EvaluateInput } from "../evaluate.js";
import type { ReadOptions } from "../parse/read-options.js";
import type { Policy } from "../policy/policy.js";
import type { GitHubPort } from "../port.js";
import type { PullRequestResult, PullRequestRun } from "../pull-request/evaluate-pull-request.js";
import type { Report } from "../report.js";
import type { StoppedFile } from "../stopped-file.js";
import type { SourceFile } from "../source.js";

/**
 * What to judge where it can be stopped: a pull request (files through the port) or files already
 * read. Plain data, so it crosses to a worker thread; every job carries the surface's read options.
 */
export type EvaluationJob =
  | {
      kind: "pull-request";
      owner: string;
      repo: string;
      run: Omit<PullRequestRun, "port" | "prometheus" | "onFile">;
    }
  | {
      kind: "files";
      input: Omit<EvaluateInput, "onFile" | "errorBudget" | "live" | "views" | "people">;
      /** The repository whose people the people checks look up, through the caller's port. */
      people?: { owner: string; repo: string; ownerIsOrg?: boolean };
    }
  /** The App's issue checklists: the checklists of an issue's items, and which issue items name. */
  | { kind: "checklists"; input: Omit<IssueChecklistInput, "onFile"> }
  | { kind: "tracking-issues"; files: SourceFile[]; policy: Policy; read?: ReadOptions };

/** What a job gives when it is done. */
export type JobResult<J extends EvaluationJob> = J extends { kind: "pull-request" }
  ? PullRequestResult
  : J extends { kind: "files" }
    ? Report
    : J extends { kind: "checklists" }
      ? ItemChecklist[]
      : Record<string, number>;

export type EvaluationOutcome<T> =
  | { kind: "done"; value: T }
  /** Stopped while judging `file` (out of time or of memory); nothing else was judged. */
  | ({ kind: "too-complex" } & StoppedFile);

/**
 * Runs a job where it can be stopped (the surfaces: thread/evaluation-threads.ts); `port` answers
 * a pull request job's reads. Injected, so the engine starts no thread itself.
 */
export type JobRunner = <J extends EvaluationJob>(
  job: J,
  port?: GitHubPort,
) => Promise<EvaluationOutcome<JobResult<J>>>;

import { issueChecklists } from "../core/checklist/issue-checklists.js";
import { trackingIssues } from "../core/checklist/tracking-issues.js";
import { evaluateWithBudget } from "../core/with-budget/evaluate-with-budget.js";
import type { EvaluationJob, JobResult } from "../core/gate/job.js";
import { judgePullRequest } from "../core/pull-request/evaluate-pull-request.js";
import type { GatheredPullRequest } from "../core/pull-request/gather-pull-request.js";
import { FileSizes } from "./file-sizes.js";
import { proxyPort, proxyPrometheus } from "./port-proxy.js";
import { serveJobsAs, type JobTools } from "./serve-jobs.js";

/**
 * The entry of the surfaces' evaluation threads: runs the engine on each job it is given, its
 * ports proxied to the calling thread (evaluation-threads.ts starts the threads and holds the
 * ports; a pull request's files come with its job, read there). Its URL is the module the threads
 * run: this file from the sources or lib/, dist/judge.js in the Action.
 */
export const JUDGE_THREAD_URL = import.meta.url;

/** Tells this entry's threads from any other thread that imports this module. */
export const JUDGE_THREAD_ROLE = "roadmap-gate:evaluation";

/**
 * A job as it crosses to the thread: a pull request's comes with what the calling thread gathered
 * (its files and facts, read there within the read limits), so the thread only judges.
 */
export type JudgeJob =
  | Exclude<EvaluationJob, { kind: "pull-request" }>
  | (Extract<EvaluationJob, { kind: "pull-request" }> & { gathered: GatheredPullRequest });

serveJobsAs(JUDGE_THREAD_ROLE, () => runEvaluationJob);

function runEvaluationJob(
  job: JudgeJob,
  tools: JobTools,
): Promise<JobResult<EvaluationJob>> | JobResult<EvaluationJob> {
  const sizes = new FileSizes();
  const onFile = (path: string) => tools.file(path, sizes.of(path));
  const prometheus = tools.prometheus && proxyPrometheus(tools.ask, tools.prometheus);
  switch (job.kind) {
    case "pull-request":
      // Head first: a file read at the head and at the base is reported with the head's size.
      sizes.noteAll(job.gathered.contents.values());
      sizes.noteAll(job.gathered.baseFiles.values());
      return judgePullRequest(job.gathered, {
        ...job.run,
        port: proxyPort(tools.ask, job.owner, job.repo, sizes),
        prometheus,
        onFile,
      });
    case "files":
      sizes.noteAll([
        ...job.input.files,
        ...(job.input.others ?? []),
        ...(job.input.sloFiles ?? []),
      ]);
      return evaluateWithBudget(
        { ...job.input, onFile },
        prometheus,
        job.people && {
          port: proxyPort(tools.ask, job.people.owner, job.people.repo, sizes),
          ownerIsOrg: job.people.ownerIsOrg,
        },
      );
    case "checklists":
      sizes.noteAll([...job.input.items, ...job.input.others, ...(job.input.sloFiles ?? [])]);
      return issueChecklists({ ...job.input, onFile });
    case "tracking-issues":
      sizes.noteAll(job.files);
      return trackingIssues(job.files, job.policy, onFile, job.read);
  }
}

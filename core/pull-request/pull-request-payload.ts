import type { PullRequestInfo } from "./pull-request.js";

/** The parts of a webhook's or the API's pull request object the gate reads. */
export interface PullRequestPayload {
  number: number;
  body?: string | null;
  user?: { login?: string } | null;
  labels?: ({ name?: string } | string)[];
  base: { ref: string; sha: string };
  head: { sha: string };
  changed_files?: number;
}

/** A pull request payload (webhook or REST) as the gate reads it; the Action and the App share it. */
export function pullRequestInfo(pr: PullRequestPayload): PullRequestInfo {
  return {
    number: pr.number,
    // A deleted account shows as null; GitHub calls it "ghost".
    author: pr.user?.login ?? "ghost",
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    body: pr.body ?? "",
    labels: (pr.labels ?? []).flatMap((l) => {
      const name = typeof l === "string" ? l : l.name;
      return name ? [name] : [];
    }),
    ...(typeof pr.changed_files === "number" ? { changedFiles: pr.changed_files } : {}),
  };
}

/** `[refs/heads/]gh-readonly-queue/<base>/pr-<N>-<sha>` (the base may contain slashes). */
const QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/;

/** The pull request a merge queue's branch carries; undefined when the ref names none. */
export function queuedPullNumber(ref: string | null | undefined): number | undefined {
  const match = QUEUE_REF.exec(ref ?? "");
  return match ? Number(match[1]) : undefined;
}

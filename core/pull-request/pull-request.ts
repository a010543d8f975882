/** A pull request as the shared evaluation needs it; surfaces build it from their event payloads. */
export interface PullRequestInfo {
  number: number;
  /** Login of the PR's author. */
  author: string;
  /** Base branch name, e.g. "main": the policy is read at this branch's current head. */
  baseRef: string;
  baseSha: string;
  headSha: string;
  body: string;
  labels: string[];
  /** GitHub's count of the files the pull request changes, when the payload has it (review events do not). */
  changedFiles?: number;
}

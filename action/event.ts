import type { PullRequestInfo } from "../core/pull-request/pull-request.js";
import {
  pullRequestInfo,
  queuedPullNumber,
  type PullRequestPayload,
} from "../core/pull-request/pull-request-payload.js";
import type { ActionGitHub } from "./github.js";

/** What the triggering event asks the Action to judge. */
export type ActionEvent =
  | { kind: "pull-request"; name: string; pr: PullRequestInfo }
  | { kind: "push"; name: "push"; before: string; after: string; forced: boolean }
  | { kind: "workspace"; name: string };

const PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target", "pull_request_review"];
const ZEROS = /^0+$/;

/** Reads the event payload; for merge_group, fetches the pull request in the queue. */
export async function readEvent(
  name: string,
  payload: Record<string, unknown>,
  github: ActionGitHub,
): Promise<ActionEvent> {
  if (PULL_REQUEST_EVENTS.includes(name)) {
    const pull = payload.pull_request as PullRequestPayload | undefined;
    if (!pull) throw new Error(`The ${name} event has no pull_request in its payload.`);
    return { kind: "pull-request", name, pr: pullRequestInfo(pull) };
  }
  if (name === "merge_group") return mergeGroupEvent(payload, github);
  if (name === "push") {
    const after = String(payload.after ?? "");
    if (payload.deleted === true || ZEROS.test(after)) return { kind: "workspace", name };
    return {
      kind: "push",
      name,
      before: String(payload.before ?? ""),
      after,
      forced: payload.forced === true,
    };
  }
  return { kind: "workspace", name };
}

/** Whether the push's before..after range can be compared (not a new branch, not a force push). */
export function comparable(event: Extract<ActionEvent, { kind: "push" }>): boolean {
  return !event.forced && event.before !== "" && !ZEROS.test(event.before);
}

/**
 * The queue's commit is judged for real, with the reviews of the pull request it carries, which
 * the queue's ref names.
 */
async function mergeGroupEvent(
  payload: Record<string, unknown>,
  github: ActionGitHub,
): Promise<ActionEvent> {
  const group = payload.merge_group as
    { head_ref?: string; head_sha?: string; base_sha?: string } | undefined;
  const number = queuedPullNumber(group?.head_ref);
  if (!group?.head_sha || !group.base_sha || number === undefined) {
    throw new Error(
      `The merge_group event's head_ref "${group?.head_ref ?? ""}" does not name a pull request (gh-readonly-queue/<base>/pr-<N>-<sha>).`,
    );
  }
  const pull = await github.port.pullRequest(number);
  return {
    kind: "pull-request",
    name: "merge_group",
    pr: { ...pull, baseSha: group.base_sha, headSha: group.head_sha },
  };
}

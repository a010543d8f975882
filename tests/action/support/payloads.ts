import examples from "@octokit/webhooks-examples" with { type: "json" };
import type { FakePullRequest, FakeRepo } from "../../support/fake-github/index.js";

/** An event as the runner hands it to the Action: GITHUB_EVENT_NAME and the payload file. */
export interface ActionEvent {
  name: string;
  payload: Record<string, unknown>;
}

type Example = Record<string, unknown>;

/** A real example payload from @octokit/webhooks-examples, deep-copied so a test may change it. */
function example(name: string, action?: string): Example {
  const event = (examples as unknown as { name: string; examples: Example[] }[]).find(
    (e) => e.name === name,
  );
  const found = event?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no ${name} ${action ?? ""} example payload`);
  return structuredClone(found);
}

function repository(repo: FakeRepo, base: Example) {
  const owner = { ...(base.owner as Example), login: repo.owner };
  return { ...base, name: repo.name, full_name: repo.fullName, owner, private: repo.isPrivate };
}

function pullRequest(repo: FakeRepo, pull: FakePullRequest, fork?: string) {
  const pr = example("pull_request", "opened").pull_request as Example;
  const head = pr.head as Example;
  const base = pr.base as Example;
  const baseRepo = repository(repo, base.repo as Example);
  const headRepo = fork
    ? { ...baseRepo, full_name: `${fork}/${repo.name}`, owner: { login: fork }, fork: true }
    : baseRepo;
  return {
    ...pr,
    number: pull.number,
    title: pull.title,
    body: pull.body,
    user: { ...(pr.user as Example), login: pull.author },
    labels: pull.labels.map((name, i) => ({ id: i + 1, name, color: "ededed" })),
    head: { ...head, ref: pull.head, sha: pull.headSha, repo: headRepo },
    base: { ...base, ref: pull.base, sha: pull.baseSha, repo: baseRepo },
    changed_files: repo.changedFileCount(pull),
  };
}

/** `pull_request` (opened), from the fork `fork` when given. */
export function pullRequestEvent(
  repo: FakeRepo,
  pull: FakePullRequest,
  options: { name?: "pull_request" | "pull_request_target"; fork?: string } = {},
): ActionEvent {
  const payload = example("pull_request", "opened");
  return {
    name: options.name ?? "pull_request",
    payload: {
      ...payload,
      number: pull.number,
      pull_request: pullRequest(repo, pull, options.fork),
      repository: repository(repo, payload.repository as Example),
    },
  };
}

/** `pull_request_review` (submitted) by `reviewer`. */
export function pullRequestReviewEvent(
  repo: FakeRepo,
  pull: FakePullRequest,
  reviewer: string,
): ActionEvent {
  const payload = example("pull_request_review", "submitted");
  return {
    name: "pull_request_review",
    payload: {
      ...payload,
      review: {
        ...(payload.review as Example),
        user: { login: reviewer },
        state: "approved",
        commit_id: pull.headSha,
      },
      pull_request: pullRequest(repo, pull),
      repository: repository(repo, payload.repository as Example),
    },
  };
}

/** `merge_group` (checks_requested) for the queue commit `headSha` carrying `pull`. */
export function mergeGroupEvent(
  repo: FakeRepo,
  pull: FakePullRequest,
  queue: { baseSha: string; headSha: string },
): ActionEvent {
  const payload = example("merge_group", "checks_requested");
  return {
    name: "merge_group",
    payload: {
      ...payload,
      merge_group: {
        ...(payload.merge_group as Example),
        head_sha: queue.headSha,
        head_ref: `refs/heads/gh-readonly-queue/${pull.base}/pr-${pull.number}-${pull.headSha}`,
        base_sha: queue.baseSha,
        base_ref: `refs/heads/${pull.base}`,
      },
      repository: repository(repo, payload.repository as Example),
    },
  };
}

/** `push` of `after` onto the default branch. */
export function pushEvent(
  repo: FakeRepo,
  range: { before: string; after: string; forced?: boolean },
): ActionEvent {
  const payload = example("push");
  return {
    name: "push",
    payload: {
      ...payload,
      ref: `refs/heads/${repo.defaultBranch}`,
      before: range.before,
      after: range.after,
      created: /^0+$/.test(range.before),
      forced: range.forced ?? false,
      repository: repository(repo, payload.repository as Example),
    },
  };
}

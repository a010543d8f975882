import { createRequire } from "node:module";
import type { FakeIssue, FakePullRequest, FakeRepo } from "../../support/fake-github/index.js";

/**
 * Webhook payloads shaped from @octokit/webhooks-examples (GitHub's own samples), with the
 * repository, installation and objects of a test put in.
 */
type Json = Record<string, unknown>;

const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as {
  name: string;
  examples: Json[];
}[];

function example(event: string, action?: string): Json {
  const family = examples.find((e) => e.name === event);
  const found = family?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no example payload for ${event}.${action}`);
  return structuredClone(found);
}

const INSTALLATION_ID = 1;

function user(login: string, type: "User" | "Bot" = "User"): Json {
  return { login, id: 1, node_id: "U_1", type, site_admin: false };
}

function repository(repo: FakeRepo, base: Json): Json {
  const original = (base.repository ?? {}) as Json;
  return {
    ...original,
    id: repo.id,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.isPrivate,
    owner: { ...(original.owner as Json), login: repo.owner },
    html_url: `https://github.com/${repo.fullName}`,
    url: `https://api.github.com/repos/${repo.fullName}`,
    default_branch: repo.defaultBranch,
  };
}

function envelope(repo: FakeRepo, payload: Json, sender = "lee"): Json {
  return {
    ...payload,
    repository: repository(repo, payload),
    installation: { id: INSTALLATION_ID, node_id: "I_1" },
    sender: user(sender, sender.endsWith("[bot]") ? "Bot" : "User"),
  };
}

function pullRequestJson(repo: FakeRepo, pull: FakePullRequest, base: Json): Json {
  return {
    ...base,
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    draft: pull.draft,
    user: user(pull.author, pull.authorType),
    labels: pull.labels.map((name, i) => ({ id: i + 1, name, color: "ededed", default: false })),
    head: {
      ...(base.head as Json),
      ref: pull.head,
      sha: pull.headSha,
      repo: repository(repo, {}),
    },
    base: { ...(base.base as Json), ref: pull.base, sha: pull.baseSha, repo: repository(repo, {}) },
    // Only the full pull request object has the count (a review event's has not).
    ...("changed_files" in base ? { changed_files: repo.changedFileCount(pull) } : {}),
  };
}

export function pullRequestEvent(
  repo: FakeRepo,
  pull: FakePullRequest,
  action = "synchronize",
): Json {
  const payload = example("pull_request", action);
  payload.number = pull.number;
  payload.pull_request = pullRequestJson(repo, pull, payload.pull_request as Json);
  return envelope(repo, payload, pull.author);
}

export function reviewEvent(
  repo: FakeRepo,
  pull: FakePullRequest,
  review: { login: string; state: string; commitId: string },
): Json {
  const payload = example("pull_request_review", "submitted");
  payload.pull_request = pullRequestJson(repo, pull, payload.pull_request as Json);
  payload.review = {
    ...(payload.review as Json),
    user: user(review.login),
    state: review.state.toLowerCase(),
    commit_id: review.commitId,
  };
  return envelope(repo, payload, review.login);
}

export function mergeGroupEvent(
  repo: FakeRepo,
  group: { headSha: string; baseSha: string; pull: number; base?: string },
): Json {
  const payload = example("merge_group", "checks_requested");
  const base = group.base ?? repo.defaultBranch;
  payload.merge_group = {
    ...(payload.merge_group as Json),
    head_sha: group.headSha,
    head_ref: `refs/heads/gh-readonly-queue/${base}/pr-${group.pull}-${group.baseSha}`,
    base_sha: group.baseSha,
    base_ref: `refs/heads/${base}`,
  };
  return envelope(repo, payload, "github-merge-queue[bot]");
}

export function checkSuiteRerequestedEvent(
  repo: FakeRepo,
  suite: { headSha: string; headBranch: string; pulls: number[] },
): Json {
  const payload = example("check_suite", "rerequested");
  payload.check_suite = {
    ...(payload.check_suite as Json),
    head_sha: suite.headSha,
    head_branch: suite.headBranch,
    pull_requests: suite.pulls.map((number) => ({ number, id: number, url: "" })),
  };
  return envelope(repo, payload);
}

export function checkRunRerequestedEvent(
  repo: FakeRepo,
  run: { name: string; headSha: string; headBranch: string; pulls: number[] },
): Json {
  const payload = example("check_run", "rerequested");
  const original = payload.check_run as Json;
  payload.check_run = {
    ...original,
    name: run.name,
    head_sha: run.headSha,
    check_suite: {
      ...(original.check_suite as Json),
      head_sha: run.headSha,
      head_branch: run.headBranch,
      pull_requests: [],
    },
    pull_requests: run.pulls.map((number) => ({ number, id: number, url: "" })),
  };
  return envelope(repo, payload);
}

export function commentEvent(
  repo: FakeRepo,
  comment: { issue: number; onPullRequest: boolean; body: string; login: string },
): Json {
  const payload = example("issue_comment", "created");
  const issue = payload.issue as Json;
  payload.issue = {
    ...issue,
    number: comment.issue,
    pull_request: comment.onPullRequest
      ? { url: `https://api.github.com/repos/${repo.fullName}/pulls/${comment.issue}` }
      : undefined,
  };
  payload.comment = {
    ...(payload.comment as Json),
    body: comment.body,
    user: user(comment.login, comment.login.endsWith("[bot]") ? "Bot" : "User"),
  };
  return envelope(repo, payload, comment.login);
}

export function issuesEvent(repo: FakeRepo, issue: FakeIssue, action = "opened"): Json {
  const payload = example("issues", action);
  payload.issue = {
    ...(payload.issue as Json),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    user: user(issue.author),
    labels: issue.labels.map((name, i) => ({ id: i + 1, name, color: "ededed", default: false })),
  };
  delete (payload.issue as Json).pull_request;
  return envelope(repo, payload, issue.author);
}

export function pushEvent(
  repo: FakeRepo,
  push: {
    before: string;
    after: string;
    ref?: string;
    added?: string[];
    modified?: string[];
    removed?: string[];
    forced?: boolean;
  },
): Json {
  const payload = example("push");
  const commit = ((payload.commits as Json[])[0] ?? {}) as Json;
  payload.ref = push.ref ?? `refs/heads/${repo.defaultBranch}`;
  payload.before = push.before;
  payload.after = push.after;
  payload.forced = push.forced ?? false;
  payload.deleted = false;
  payload.created = false;
  payload.commits = [
    {
      ...commit,
      id: push.after,
      added: push.added ?? [],
      modified: push.modified ?? [],
      removed: push.removed ?? [],
    },
  ];
  return envelope(repo, payload);
}

import { afterAll, beforeAll } from "vitest";
import {
  startFakeGitHub,
  type FakeGitHub,
  type FakePullRequest,
  type FakeRepo,
  type FileChange,
} from "../../support/fake-github/index.js";
import type { Role } from "../../support/fake-github/records.js";

/** One fake GitHub per test file; each test makes its own repository on it. */
export function useFakeGitHub(): () => FakeGitHub {
  let gh: FakeGitHub | undefined;
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh?.close();
  });
  return () => {
    if (!gh) throw new Error("the fake GitHub is not running");
    return gh;
  };
}

let repositories = 0;

/** A repository whose default branch `main` holds `files`; returns it and that base commit. */
export function repository(
  gh: FakeGitHub,
  files: Record<string, FileChange>,
): { repo: FakeRepo; base: string } {
  const repo = gh.addRepo(`octo/roadmap-${++repositories}`);
  return { repo, base: repo.commit(files, { message: "Base" }) };
}

export interface PullOptions {
  number?: number;
  author?: string;
  body?: string;
  labels?: string[];
}

/** A pull request from a branch that applies `changes` on top of `base`. */
export function pullRequest(
  repo: FakeRepo,
  base: string,
  changes: Record<string, FileChange>,
  options: PullOptions = {},
): { pull: FakePullRequest; head: string } {
  const number = options.number ?? 7;
  const head = repo.commit(changes, { parent: base, branch: `pr-${number}` });
  const pull = repo.addPullRequest({
    number,
    author: options.author ?? "lee",
    baseSha: base,
    headSha: head,
    body: options.body,
    labels: options.labels,
  });
  return { pull, head };
}

/** `login` approves the pull request's head and has `permission` on the repository. */
export function approveAsReviewer(
  repo: FakeRepo,
  pull: FakePullRequest,
  login = "sam",
  permission: Role = "write",
): void {
  repo.addReview(pull.number, { login, state: "APPROVED", commitId: pull.headSha });
  repo.setPermission(login, permission);
}

/** Pushes `changes` onto the pull request's branch: a new head commit. */
export function pushToPullRequest(
  repo: FakeRepo,
  pull: FakePullRequest,
  changes: Record<string, FileChange>,
): string {
  const head = repo.commit(changes, { parent: pull.headSha, branch: pull.head });
  pull.headSha = head;
  return head;
}

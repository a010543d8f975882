import type {
  FakeGitHub,
  FakePullRequest,
  FakeRepo,
  FileChange,
  LoggedRequest,
} from "../../support/fake-github/index.js";

import { itemYaml } from "./items.js";

export const POLICY_PATH = ".github/roadmap-gate.yml";

export interface PullRequestScenario {
  repo: FakeRepo;
  pull: FakePullRequest;
  baseSha: string;
  headSha: string;
}

let repoCount = 0;

/** A fresh repository per test, so tests sharing one app and one fake never see each other's state. */
export function freshRepo(gh: FakeGitHub, name: string): FakeRepo {
  return gh.addRepo(`octo-org/${name}-${++repoCount}`);
}

/** A pull request (#7) adding FEAT-1 signed off by @sam, who has write access and approved its head. */
export function approvedItemPullRequest(gh: FakeGitHub, name: string): PullRequestScenario {
  const s = pullRequestScenario(gh, name, {
    head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
  });
  s.repo.setPermission("sam", "write");
  s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
  return s;
}

/** A repository whose default branch holds `base`, and an open pull request that applies `head`. */
export function pullRequestScenario(
  gh: FakeGitHub,
  name: string,
  o: {
    base?: Record<string, FileChange>;
    head: Record<string, FileChange>;
    author?: string;
    body?: string;
    labels?: string[];
  },
): PullRequestScenario {
  const repo = freshRepo(gh, name);
  const baseSha = repo.commit({ "README.md": "# roadmap\n", ...o.base });
  const headSha = repo.commit(o.head, { parent: baseSha, branch: "feature" });
  const pull = repo.addPullRequest({
    number: 7,
    author: o.author ?? "lee",
    baseSha,
    headSha,
    head: "feature",
    body: o.body ?? "",
    labels: o.labels ?? [],
  });
  return { repo, pull, baseSha, headSha };
}

/** Every request the app made about one repository (REST by path, GraphQL by its variables). */
export function requestsFor(gh: FakeGitHub, repo: FakeRepo): LoggedRequest[] {
  return gh.requests.filter((r) => {
    if (r.path.startsWith(`/repos/${repo.fullName}/`) || r.path === `/repos/${repo.fullName}`)
      return true;
    if (r.path !== "/graphql") return false;
    const variables = (r.body as { variables?: { owner?: string; name?: string } } | undefined)
      ?.variables;
    return variables?.owner === repo.owner && variables?.name === repo.name;
  });
}

/** Writes: what changes GitHub (check runs, comments). */
export function writesFor(gh: FakeGitHub, repo: FakeRepo): LoggedRequest[] {
  return requestsFor(gh, repo).filter((r) => r.method !== "GET" && r.path !== "/graphql");
}

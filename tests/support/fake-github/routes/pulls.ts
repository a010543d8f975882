import { diffSnapshots } from "../diff.js";
import { paginated } from "../pagination.js";
import type { FakePullRequest } from "../records.js";
import type { FakeRepo } from "../repo.js";
import { repoJson, userJson } from "../rest-shapes.js";
import { json, notFound } from "../router.js";
import { numberParam, repoRoute } from "./repo-route.js";

export const pullRoutes = [
  // GitHub's list: state (default open), head (`owner:branch`), base; newest first; paginated.
  // List items are the simple shape: no merged, mergeable, changed_files or line counts.
  repoRoute("GET", "/pulls", (ctx, repo) => {
    const state = ctx.query.state ?? "open";
    const pulls = [...repo.pullRequests.values()]
      .filter((pull) => state === "all" || pull.state === state)
      .filter((pull) => !ctx.query.head || ctx.query.head === `${repo.owner}:${pull.head}`)
      .filter((pull) => !ctx.query.base || ctx.query.base === pull.base)
      .sort((a, b) => b.number - a.number)
      .map((pull) => {
        const {
          merged: _merged,
          mergeable: _mergeable,
          changed_files: _changed,
          additions: _additions,
          deletions: _deletions,
          commits: _commits,
          ...simple
        } = pullJson(repo, pull, ctx.apiBase);
        return simple;
      });
    return paginated(ctx, pulls);
  }),
  repoRoute("GET", "/pulls/:number", (ctx, repo) => {
    const pull = repo.pullRequests.get(numberParam(ctx, "number"));
    return pull ? json(200, pullJson(repo, pull, ctx.apiBase)) : notFound();
  }),
  repoRoute("GET", "/pulls/:number/files", (ctx, repo) => {
    const pull = repo.pullRequests.get(numberParam(ctx, "number"));
    if (!pull) return notFound();
    return paginated(ctx, pullFiles(repo, pull));
  }),
  repoRoute("GET", "/pulls/:number/reviews", (ctx, repo) => {
    const number = numberParam(ctx, "number");
    if (!repo.pullRequests.has(number)) return notFound();
    const reviews = repo.reviews(number).map((review) => ({
      id: review.id,
      node_id: Buffer.from(`017:PullRequestReview${review.id}`).toString("base64"),
      user: userJson(review.login, review.type),
      body: review.body,
      state: review.state,
      commit_id: review.commitId,
      submitted_at: review.state === "PENDING" ? null : review.submittedAt,
      html_url: `https://github.com/${repo.fullName}/pull/${number}#pullrequestreview-${review.id}`,
      pull_request_url: `${ctx.apiBase}/repos/${repo.fullName}/pulls/${number}`,
      author_association: "COLLABORATOR",
    }));
    return paginated(ctx, reviews);
  }),
];

function pullFiles(repo: FakeRepo, pull: FakePullRequest) {
  const base = repo.resolve(pull.baseSha);
  const head = repo.resolve(pull.headSha);
  if (!base || !head) return [];
  // GitHub lists at most 3000 files of a pull request.
  return diffSnapshots(base.files, head.files)
    .slice(0, 3000)
    .map((file) => ({
      ...file,
      blob_url: `https://github.com/${repo.fullName}/blob/${pull.headSha}/${file.filename}`,
      raw_url: `https://github.com/${repo.fullName}/raw/${pull.headSha}/${file.filename}`,
      contents_url: `https://api.github.com/repos/${repo.fullName}/contents/${file.filename}?ref=${pull.headSha}`,
    }));
}

export function pullJson(repo: FakeRepo, pull: FakePullRequest, apiBase: string) {
  const files = pullFiles(repo, pull);
  return {
    id: 500_000 + pull.number,
    node_id: Buffer.from(`011:PullRequest${pull.number}`).toString("base64"),
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    draft: pull.draft,
    user: userJson(pull.author, pull.authorType),
    labels: pull.labels.map((name, i) => ({ id: i + 1, name, color: "ededed", default: false })),
    head: {
      label: `${repo.owner}:${pull.head}`,
      ref: pull.head,
      sha: pull.headSha,
      repo: repoJson(repo, apiBase),
      user: userJson(repo.owner),
    },
    base: {
      label: `${repo.owner}:${pull.base}`,
      ref: pull.base,
      sha: pull.baseSha,
      repo: repoJson(repo, apiBase),
      user: userJson(repo.owner),
    },
    merged: pull.merged,
    mergeable: true,
    merge_commit_sha: null,
    // The real count, which the file list (cut at 3000) may not reach.
    changed_files: repo.changedFileCount(pull),
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    commits: 1,
    html_url: `https://github.com/${repo.fullName}/pull/${pull.number}`,
    url: `${apiBase}/repos/${repo.fullName}/pulls/${pull.number}`,
    issue_url: `${apiBase}/repos/${repo.fullName}/issues/${pull.number}`,
    author_association: "CONTRIBUTOR",
  };
}

import { diffSnapshots } from "../diff.js";
import { blobBytes, blobSize, isBinaryContent, listTree } from "../git-objects.js";
import { json, notFound, type RouteContext, type RouteResponse } from "../router.js";
import type { FakeRepo } from "../repo.js";
import { repoRoute } from "./repo-route.js";

export const gitRoutes = [
  repoRoute("GET", "/contents/*path", contents),
  repoRoute("GET", "/contents", contents),
  repoRoute("GET", "/git/trees/*ref", tree),
  repoRoute("GET", "/compare/*basehead", compare),
];

function contents(ctx: RouteContext, repo: FakeRepo): RouteResponse {
  const ref = ctx.query.ref ?? repo.defaultBranch;
  const commit = repo.resolve(ref);
  if (!commit) return notFound();
  const path = (ctx.params.path ?? "").replace(/^\/+|\/+$/g, "");
  const entry = commit.files.get(path);
  const raw = /\.raw\b/.test(String(ctx.headers.accept ?? ""));
  if (entry?.type === "blob") {
    if (raw) {
      const type = isBinaryContent(entry.content)
        ? "application/octet-stream"
        : "text/plain; charset=utf-8";
      return { status: 200, raw: blobBytes(entry), contentType: type };
    }
    const url = `${ctx.apiBase}/repos/${repo.fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    return json(200, {
      type: entry.mode === "120000" ? "symlink" : "file",
      ...(entry.mode === "120000" ? { target: entry.content.toString("utf8") } : {}),
      encoding: "base64",
      size: blobSize(entry),
      name: path.split("/").pop(),
      path,
      content: blobBytes(entry).toString("base64"),
      sha: entry.sha,
      url,
      git_url: `${ctx.apiBase}/repos/${repo.fullName}/git/blobs/${entry.sha}`,
      html_url: `https://github.com/${repo.fullName}/blob/${ref}/${path}`,
      download_url: null,
    });
  }
  const prefix = path === "" ? "" : `${path}/`;
  const listing = listTree(commit.files).entries.filter(
    (e) => e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes("/"),
  );
  // GitHub's raw media type is for files and symlinks; a directory is listed as JSON whatever
  // the Accept header asks.
  if (listing.length === 0) return notFound();
  return json(
    200,
    listing.map((e) => ({
      type:
        e.type === "tree"
          ? "dir"
          : e.type === "commit"
            ? "submodule"
            : e.mode === "120000"
              ? "symlink"
              : "file",
      name: e.path.slice(prefix.length),
      path: e.path,
      sha: e.sha,
      size: e.size ?? 0,
    })),
  );
}

function tree(ctx: RouteContext, repo: FakeRepo): RouteResponse {
  const ref = ctx.params.ref ?? "";
  const commit = repo.resolve(ref);
  if (!commit) return notFound();
  const recursive =
    ctx.query.recursive !== undefined &&
    ctx.query.recursive !== "0" &&
    ctx.query.recursive !== "false";
  const { sha, entries } = listTree(commit.files);
  const shown = recursive ? entries : entries.filter((e) => !e.path.includes("/"));
  return json(200, {
    sha,
    url: `${ctx.apiBase}/repos/${repo.fullName}/git/trees/${sha}`,
    tree: shown.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size !== undefined ? { size: e.size } : {}),
      url: `${ctx.apiBase}/repos/${repo.fullName}/git/${e.type === "tree" ? "trees" : "blobs"}/${e.sha}`,
    })),
    truncated: repo.truncateTrees,
  });
}

function compare(ctx: RouteContext, repo: FakeRepo): RouteResponse {
  const [baseRef, headRef, ...rest] = (ctx.params.basehead ?? "").split("...");
  if (baseRef === undefined || headRef === undefined || rest.length > 0) return notFound();
  const base = repo.resolve(baseRef);
  const head = repo.resolve(headRef);
  if (!base || !head) return notFound();
  const files = diffSnapshots(base.files, head.files);
  // Unrelated histories: GitHub answers 404; the fake keeps the base, as it always did.
  const mergeBase = repo.mergeBase(base.sha, head.sha) ?? base.sha;
  const commit = (sha: string) => ({
    sha,
    url: `${ctx.apiBase}/repos/${repo.fullName}/commits/${sha}`,
  });
  return json(200, {
    status: base.sha === head.sha ? "identical" : "ahead",
    ahead_by: base.sha === head.sha ? 0 : 1,
    behind_by: 0,
    total_commits: base.sha === head.sha ? 0 : 1,
    base_commit: commit(base.sha),
    merge_base_commit: commit(mergeBase),
    commits: base.sha === head.sha ? [] : [commit(head.sha)],
    files,
  });
}

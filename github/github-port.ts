import {
  PortError,
  type ChangedFile,
  type GitHubPort,
  type Permission,
  type RemoteFile,
  type Review,
  type TreeEntry,
} from "../core/port.js";
import { pullRequestInfo } from "../core/pull-request/pull-request-payload.js";
import type { ReadLimits } from "../core/gate/read-limits.js";
import type { Endpoints } from "@octokit/types";
import { queryObjects, type BlobObject, type GitObject } from "./object-query.js";
import type { OctokitClient } from "./octokit-client.js";
import { toPortError } from "./port-error.js";

/** GitHub lists at most this many files of a comparison; past it, the list may be incomplete. */
const COMPARE_FILE_LIMIT = 300;

/** SPEC section 9: each lookup of a person or team answers within 5 s, or counts as unanswered. */
export const LOOKUP_TIMEOUT_MS = 5000;

const lookup = () => ({ signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS) });

const ACCOUNT_TYPES = ["User", "Organization", "Bot"] as const;

const PERMISSIONS: readonly Permission[] = ["admin", "maintain", "write", "triage", "read", "none"];

export { EVALUATION_READ_BYTES, type ReadLimits } from "../core/gate/read-limits.js";

/**
 * The engine's GitHub port over an Octokit: the one implementation the Action and the App share.
 * With `limits`, file sizes are asked before any content (GraphQL `byteSize` without `text`), a
 * file over `maxFileBytes` is never downloaded, and the port reads at most `maxBytes` of files.
 */
export function createGitHubPort(
  octokit: OctokitClient,
  target: { owner: string; repo: string },
  limits?: ReadLimits,
): GitHubPort {
  const { owner, repo } = target;
  let bytesRead = 0;
  /** Counts bytes about to be read against the budget; throws, before reading, past it. */
  const spend = (bytes: number) => {
    if (!limits) return;
    if (bytesRead + bytes > limits.maxBytes)
      throw new PortError(
        "other",
        `reading the changed files would take more than the ${limits.maxBytes / 1024 / 1024} MiB one evaluation may read from GitHub (${Math.ceil((bytesRead + bytes) / 1024 / 1024)} MiB), so roadmap-gate stopped and fails closed; split the pull request or remove large files from the item paths`,
      );
    bytesRead += bytes;
  };
  const at = (route: string, values: Record<string, string | number>) =>
    route.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));

  /** One REST call in this repository, its answer typed by Octokit's route table. */
  async function request<R extends Route>(
    route: R,
    params: Record<string, unknown>,
    endpoint: string,
  ): Promise<{ data: Answer<R> }> {
    try {
      return answer(route, await octokit.request(route, { owner, repo, ...params }));
    } catch (error) {
      throw toPortError(error, endpoint);
    }
  }

  /** The compare API's first page (one commit a page: the files come with it whatever its size). */
  async function compare(base: string, head: string) {
    const route = "GET /repos/{owner}/{repo}/compare/{basehead}";
    const basehead = `${base.slice(0, 7)}...${head.slice(0, 7)}`;
    const endpoint = at(route, { owner, repo, basehead });
    const { data } = await request(route, { basehead: `${base}...${head}`, per_page: 1 }, endpoint);
    return { data, endpoint };
  }

  async function paginate<R extends Route>(
    route: R,
    params: Record<string, string | number>,
  ): Promise<PageItem<R>[]> {
    try {
      return (await octokit.paginate(route, {
        owner,
        repo,
        per_page: 100,
        ...params,
      })) as PageItem<R>[];
    } catch (error) {
      throw toPortError(error, at(route, { owner, repo, ...params }));
    }
  }

  /** Throws forbidden when the team itself answers 404: the token cannot see it (or it is gone). */
  async function assertTeamVisible(org: string, teamSlug: string): Promise<void> {
    const route = "GET /orgs/{org}/teams/{team_slug}";
    const endpoint = at(route, { org, team_slug: teamSlug });
    try {
      await octokit.request(route, { org, team_slug: teamSlug });
    } catch (error) {
      const portError = toPortError(error, endpoint);
      if (portError.kind !== "not-found" && portError.kind !== "forbidden") throw portError;
      throw new PortError(
        "forbidden",
        `the token cannot see the team @${org}/${teamSlug} (${endpoint} answered ${portError.kind === "not-found" ? 404 : 403}), ` +
          "so membership answers 404 for everyone; a workflow's GITHUB_TOKEN never can. Use a token with read:org " +
          "(a fine-grained token or an App installation with Organization members: read), or the GitHub App; " +
          "if the team was renamed or removed, fix sign_off.reviewers",
        { cause: error },
      );
    }
  }

  /**
   * Sizes first (no `text`), then the text of the files within the limits only, so a file over
   * `maxFileBytes` is never downloaded and the whole read stays within `maxBytes`.
   */
  async function sizedObjects(
    contentKeys: readonly string[],
    blobKeys: readonly string[],
    readLimits: ReadLimits,
  ): Promise<Map<string, GitObject | null>> {
    const sized = await queryObjects(
      octokit,
      target,
      [...contentKeys, ...blobKeys],
      "oid byteSize isBinary",
    );
    const wanted = [...new Set(contentKeys)].filter((key) => {
      const blob = asBlob(sized.get(key));
      return blob && blob.isBinary !== true && (blob.byteSize ?? 0) <= readLimits.maxFileBytes;
    });
    spend(wanted.reduce((sum, key) => sum + (asBlob(sized.get(key))?.byteSize ?? 0), 0));
    if (wanted.length === 0) return sized;
    const texts = await queryObjects(
      octokit,
      target,
      wanted,
      "oid byteSize isBinary isTruncated text",
    );
    for (const [key, object] of texts) sized.set(key, object);
    return sized;
  }

  async function readTruncated(ref: string, path: string): Promise<string | null> {
    const route = "GET /repos/{owner}/{repo}/contents/{path}";
    const { data } = await request(
      route,
      { path, ref, mediaType: { format: "raw" } },
      `${at(route, { owner, repo, path })}?ref=${ref}`,
    );
    if (typeof data === "string") return data;
    const bytes =
      data instanceof ArrayBuffer ? new Uint8Array(data) : Buffer.isBuffer(data) ? data : undefined;
    if (!bytes)
      throw new PortError(
        "other",
        `GitHub API ${route} answered something that is not file content`,
      );
    return decodeText(bytes);
  }

  return {
    owner,
    repo,

    async readFiles(ref, paths) {
      return (await this.readFilesAndBlobIds(ref, paths, [])).files;
    },

    async readFilesAndBlobIds(ref, paths, pairs, also) {
      const blobKeys = pairs.map((pair) => `${pair.ref}:${pair.path}`);
      const contentKeys = [
        ...paths.map((path) => `${ref}:${path}`),
        ...(also?.paths ?? []).map((path) => `${also!.ref}:${path}`),
      ];
      const objects = limits
        ? await sizedObjects(contentKeys, blobKeys, limits)
        : await queryObjects(
            octokit,
            target,
            [...contentKeys, ...blobKeys],
            "oid byteSize isBinary isTruncated text",
          );
      const filesAt = async (at: string, list: readonly string[]) => {
        const files = new Map<string, RemoteFile | null>();
        for (const path of list) {
          const blob = asBlob(objects.get(`${at}:${path}`));
          if (!blob) {
            files.set(path, null);
            continue;
          }
          const byteSize = blob.byteSize ?? 0;
          if (limits && byteSize > limits.maxFileBytes) {
            files.set(path, { path, text: null, byteSize, blobId: blob.oid, tooLarge: true });
            continue;
          }
          const binary = blob.isBinary === true || blob.text === null || blob.text === undefined;
          const text = binary
            ? null
            : blob.isTruncated
              ? await readTruncated(at, path)
              : (blob.text ?? null);
          files.set(path, { path, text, byteSize, blobId: blob.oid });
        }
        return files;
      };
      const files = await filesAt(ref, paths);
      const alsoFiles = also ? await filesAt(also.ref, also.paths) : new Map();
      const blobs = new Map(blobKeys.map((key) => [key, asBlob(objects.get(key))?.oid ?? null]));
      return { files, blobs, alsoFiles };
    },

    async blobIds(pairs) {
      const keys = pairs.map(({ ref, path }) => `${ref}:${path}`);
      const objects = await queryObjects(octokit, target, keys, "oid");
      return new Map(keys.map((key) => [key, asBlob(objects.get(key))?.oid ?? null]));
    },

    async readRawFile(file) {
      const route = "GET /repos/{owner}/{repo}/contents/{path}";
      const endpoint = `${at(route, { owner: file.owner, repo: file.repo, path: file.path })}${file.ref !== undefined ? `?ref=${file.ref}` : ""}`;
      try {
        const { data } = await octokit.request(route, {
          owner: file.owner,
          repo: file.repo,
          path: file.path,
          ...(file.ref !== undefined ? { ref: file.ref } : {}),
          mediaType: { format: "raw" },
        });
        if (typeof data === "string") return { path: file.path, content: data };
        if (data instanceof ArrayBuffer) return { path: file.path, content: new Uint8Array(data) };
        return {
          path: file.path,
          content: "",
          unreadable: "it is a directory or a submodule, not a file",
        };
      } catch (error) {
        const failure = toPortError(error, endpoint);
        // GitHub answers 404 for a private repository the token cannot see, too.
        if (failure.kind === "not-found") return null;
        throw failure;
      }
    },

    async listPaths(ref) {
      // Files only: symlinks could point outside the repository, submodules are commits.
      return (await this.tree(ref)).filter((e) => e.kind === "file").map((e) => e.path);
    },

    async tree(ref) {
      const route = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}";
      const endpoint = at(route, { owner, repo, tree_sha: ref });
      const { data } = await request(route, { tree_sha: ref, recursive: "1" }, endpoint);
      const tree = data;
      if (tree.truncated) {
        throw new PortError(
          "other",
          `GitHub API ${endpoint} truncated the tree at ${ref}: the repository has too many files to list in one request`,
        );
      }
      return (tree.tree ?? []).flatMap((e): TreeEntry[] => {
        if (e.type === "commit") return [{ path: e.path, kind: "submodule", sha: e.sha }];
        if (e.type !== "blob") return [];
        return [{ path: e.path, kind: e.mode === "120000" ? "symlink" : "file", sha: e.sha }];
      });
    },

    async mergeBase(base, head) {
      const { data, endpoint } = await compare(base, head);
      const sha = data.merge_base_commit?.sha;
      if (!sha)
        throw new PortError("other", `GitHub API ${endpoint} answered without a merge base commit`);
      return sha;
    },

    async pullRequest(pullNumber) {
      const route = "GET /repos/{owner}/{repo}/pulls/{pull_number}";
      const endpoint = at(route, { owner, repo, pull_number: pullNumber });
      const { data } = await request(route, { pull_number: pullNumber }, endpoint);
      return pullRequestInfo(data);
    },

    async openPullRequestsAt(sha) {
      const pulls = await paginate("GET /repos/{owner}/{repo}/pulls", { state: "open" });
      return pulls.filter((pull) => pull.head.sha === sha).map(pullRequestInfo);
    },

    async mergeQueue(branch, pullNumber) {
      const query = `query RoadmapGateQueue($owner: String!, $name: String!, $ref: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) { target { oid } }
    pullRequest(number: $number) { mergeQueueEntry { headCommit { oid } } }
  }
}`;
      const qualified = branch.startsWith("refs/") ? branch : `refs/heads/${branch}`;
      let data: { repository: QueueAnswer | null };
      try {
        data = await octokit.graphql(query, {
          owner,
          name: repo,
          ref: qualified,
          number: pullNumber,
        });
      } catch (error) {
        throw toPortError(
          error,
          `POST /graphql (merge queue of #${pullNumber} in ${owner}/${repo})`,
        );
      }
      return {
        branchHead: data.repository?.ref?.target?.oid ?? null,
        queuedHead: data.repository?.pullRequest?.mergeQueueEntry?.headCommit?.oid ?? null,
      };
    },

    async pullRequestFiles(pullNumber) {
      const files = await paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        pull_number: pullNumber,
      });
      return files.map(changedFile);
    },

    async compareFiles(base, head) {
      const { data } = await compare(base, head);
      const files = data.files ?? [];
      if (files.length >= COMPARE_FILE_LIMIT) return undefined;
      return files.map(changedFile);
    },

    async reviews(pullNumber) {
      const reviews = await paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        pull_number: pullNumber,
      });
      return reviews.map((r): Review => {
        // A deleted account shows as null; GitHub calls it "ghost".
        const login = r.user?.login ?? "ghost";
        const bot = r.user?.type === "Bot" || login.endsWith("[bot]");
        return {
          login,
          // The route table says string; GitHub answers one of the states Review names.
          state: r.state as Review["state"],
          commitId: r.commit_id ?? "",
          submittedAt: r.submitted_at ?? "",
          ...(bot ? { bot } : {}),
        };
      });
    },

    async issue(issueNumber) {
      const route = "GET /repos/{owner}/{repo}/issues/{issue_number}";
      const endpoint = at(route, { owner, repo, issue_number: issueNumber });
      try {
        const { data: issue } = answer(
          route,
          await octokit.request(route, { owner, repo, issue_number: issueNumber }),
        );
        if (issue.pull_request) return undefined;
        return { number: issue.number, body: issue.body ?? "", labels: labelNames(issue.labels) };
      } catch (error) {
        const failure = toPortError(error, endpoint);
        if (failure.kind === "not-found") return undefined;
        throw failure;
      }
    },

    async issueComments(issueNumber) {
      const comments = await paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        issue_number: issueNumber,
      });
      return comments.map((c) => ({
        // JSON numbers: comment ids fit a double (the route table allows a bigint).
        id: Number(c.id),
        login: c.user?.login ?? "ghost",
        body: c.body ?? "",
      }));
    },

    async createIssueComment(issueNumber, body) {
      const route = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
      const endpoint = at(route, { owner, repo, issue_number: issueNumber });
      await request(route, { issue_number: issueNumber, body }, endpoint);
    },

    async updateIssueComment(commentId, body) {
      const route = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";
      const endpoint = at(route, { owner, repo, comment_id: commentId });
      await request(route, { comment_id: commentId, body }, endpoint);
    },

    async deleteIssueComment(commentId) {
      const route = "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}";
      const endpoint = at(route, { owner, repo, comment_id: commentId });
      await request(route, { comment_id: commentId }, endpoint);
    },

    async permission(login) {
      const route = "GET /repos/{owner}/{repo}/collaborators/{username}/permission";
      try {
        const { data } = answer(
          route,
          await octokit.request(route, { owner, repo, username: login }),
        );
        const { role_name: role, permission } = data;
        // role_name tells maintain and triage apart; a custom role falls back to its base permission.
        const known = [role, permission].find((p): p is Permission =>
          PERMISSIONS.includes(p as Permission),
        );
        return known ?? "none";
      } catch (error) {
        const portError = toPortError(error, at(route, { owner, repo, username: login }));
        if (portError.kind === "not-found") return "none";
        throw portError;
      }
    },

    async isTeamMember(org, teamSlug, login) {
      const route = "GET /orgs/{org}/teams/{team_slug}/memberships/{username}";
      const endpoint = at(route, { org, team_slug: teamSlug, username: login });
      try {
        const { data } = answer(
          route,
          await octokit.request(route, { org, team_slug: teamSlug, username: login }),
        );
        return data.state === "active";
      } catch (error) {
        const portError = toPortError(error, endpoint);
        // GitHub answers 404 both for "not a member" and for a team this token cannot see.
        if (portError.kind === "not-found") {
          await assertTeamVisible(org, teamSlug);
          return false;
        }
        if (portError.kind === "forbidden") {
          throw new PortError(
            "forbidden",
            `the token cannot read team membership of @${org}/${teamSlug} (${endpoint} answered 403); ` +
              "use a token with read:org (members: read) permission, or the GitHub App",
            { cause: error },
          );
        }
        throw portError;
      }
    },
    async account(login) {
      const route = "GET /users/{username}";
      const endpoint = at(route, { username: login });
      try {
        const { data } = await octokit.request(route, { username: login, request: lookup() });
        const found = data as { login?: string; type?: string };
        const type = ACCOUNT_TYPES.find((t) => t === found.type);
        if (!type || typeof found.login !== "string")
          throw new PortError(
            "other",
            `GitHub API ${endpoint} answered an account of an unknown type`,
          );
        return { login: found.login, type };
      } catch (error) {
        const portError = toPortError(error, endpoint);
        if (portError.kind === "not-found") return null;
        throw portError;
      }
    },
    async orgMembership(org, login) {
      const route = "GET /orgs/{org}/members/{username}";
      const endpoint = at(route, { org, username: login });
      try {
        // GitHub redirects (302) to public_members when the requester is not a member: following
        // it would answer only for public members, so "not a member" could be false.
        const { status } = await octokit.request(route, {
          org,
          username: login,
          request: { ...lookup(), redirect: "manual" },
        });
        if (status === 204) return { state: "member" };
        if (status === 302) return { state: "hidden", status };
        throw new PortError("other", `GitHub API ${endpoint} answered ${status}`);
      } catch (error) {
        const portError = toPortError(error, endpoint);
        if (portError.kind === "not-found") return { state: "not-member" };
        if (portError.kind === "forbidden") return { state: "hidden", status: 403 };
        throw portError;
      }
    },
    async teamExists(org, teamSlug) {
      const route = "GET /orgs/{org}/teams/{team_slug}";
      const endpoint = at(route, { org, team_slug: teamSlug });
      try {
        await octokit.request(route, { org, team_slug: teamSlug, request: lookup() });
        return true;
      } catch (error) {
        const portError = toPortError(error, endpoint);
        if (portError.kind === "not-found") return false;
        throw portError;
      }
    },
  };
}

interface QueueAnswer {
  ref: { target: { oid?: string } | null } | null;
  pullRequest: { mergeQueueEntry: { headCommit: { oid?: string } | null } | null } | null;
}

/**
 * The REST routes the port calls, as Octokit's route table (@octokit/types) names them, and what
 * each answers: the port reads GitHub's answers as Octokit types them, not through shapes of its own.
 */
type Route = keyof Endpoints;
type Answer<R extends Route> = Endpoints[R]["response"]["data"];
/** One entry of a listing route's pages, as `paginate` flattens them. */
type PageItem<R extends Route> = Answer<R> extends readonly (infer E)[] ? E : never;

/**
 * An Octokit's answer to `route`, typed by the route table: the client (octokit-client.ts) is any
 * Octokit of the Action or the App, whose own @octokit/types versions differ, so it answers `unknown`.
 */
function answer<R extends Route>(_route: R, response: { data: unknown }): { data: Answer<R> } {
  return response as { data: Answer<R> };
}

function changedFile(f: {
  filename: string;
  status: ChangedFile["status"];
  previous_filename?: string;
}): ChangedFile {
  return {
    path: f.filename,
    status: f.status,
    ...(f.previous_filename !== undefined ? { previousPath: f.previous_filename } : {}),
  };
}

function labelNames(
  labels: Answer<"GET /repos/{owner}/{repo}/issues/{issue_number}">["labels"],
): string[] {
  return (labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? "")));
}

function asBlob(object: GitObject | null | undefined): BlobObject | undefined {
  return object?.__typename === "Blob" ? object : undefined;
}

/** Text when the bytes are UTF-8 without NUL, as GitHub's GraphQL `text` decides; null otherwise. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

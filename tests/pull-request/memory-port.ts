import { createHash } from "node:crypto";
import type {
  ChangedFile,
  FileLocation,
  GitHubPort,
  Permission,
  RemoteFile,
  Review,
} from "../../core/port.js";
import type { SourceFile } from "../../core/source.js";
import { PortError } from "../../core/port.js";
import type { PullRequestInfo } from "../../core/pull-request/pull-request.js";

/** An in-memory GitHub for unit tests of the shared PR evaluation: commits are path → text maps. */
export class MemoryPort implements GitHubPort {
  readonly owner = "octo";
  readonly repo = "roadmap";
  readonly commits = new Map<string, Record<string, string>>();
  changed: ChangedFile[] = [];
  reviewList: Review[] = [];
  permissions: Record<string, Permission> = {};
  teams: Record<string, string[] | "forbidden"> = {};
  pulls = new Map<number, PullRequestInfo>();
  calls: string[] = [];

  commit(sha: string, files: Record<string, string>): this {
    this.commits.set(sha, files);
    return this;
  }

  async readFiles(ref: string, paths: readonly string[]): Promise<Map<string, RemoteFile | null>> {
    this.calls.push("readFiles");
    return this.contents(ref, paths);
  }

  async readFilesAndBlobIds(
    ref: string,
    paths: readonly string[],
    pairs: readonly { ref: string; path: string }[],
    also?: { ref: string; paths: readonly string[] },
  ): Promise<{
    files: Map<string, RemoteFile | null>;
    blobs: Map<string, string | null>;
    alsoFiles: Map<string, RemoteFile | null>;
  }> {
    this.calls.push("readFilesAndBlobIds");
    return {
      files: this.contents(ref, paths),
      blobs: this.blobsOf(pairs),
      alsoFiles: also ? this.contents(also.ref, also.paths) : new Map(),
    };
  }

  async blobIds(
    pairs: readonly { ref: string; path: string }[],
  ): Promise<Map<string, string | null>> {
    this.calls.push("blobIds");
    return this.blobsOf(pairs);
  }

  private contents(ref: string, paths: readonly string[]): Map<string, RemoteFile | null> {
    const files = this.commits.get(ref) ?? {};
    return new Map(
      paths.map((p) => {
        const text = files[p];
        return [
          p,
          text === undefined ? null : { path: p, text, byteSize: text.length, blobId: blob(text) },
        ];
      }),
    );
  }

  private blobsOf(pairs: readonly { ref: string; path: string }[]): Map<string, string | null> {
    return new Map(
      pairs.map(({ ref, path }) => {
        const text = this.commits.get(ref)?.[path];
        return [`${ref}:${path}`, text === undefined ? null : blob(text)];
      }),
    );
  }

  /** This repository's files only; a ref is a commit of `commit()`. */
  async readRawFile(at: FileLocation): Promise<SourceFile | null> {
    this.calls.push("readRawFile");
    const text = this.commits.get(at.ref ?? "")?.[at.path];
    return at.owner !== this.owner || at.repo !== this.repo || text === undefined
      ? null
      : { path: at.path, content: text };
  }

  async listPaths(ref: string): Promise<string[]> {
    this.calls.push("listPaths");
    return Object.keys(this.commits.get(ref) ?? {});
  }

  async pullRequest(pullNumber: number): Promise<PullRequestInfo> {
    this.calls.push("pullRequest");
    const pull = this.pulls.get(pullNumber);
    if (!pull) throw new PortError("not-found", `GET /repos/octo/roadmap/pulls/${pullNumber}: 404`);
    return pull;
  }

  async pullRequestFiles(): Promise<ChangedFile[]> {
    this.calls.push("pullRequestFiles");
    return this.changed;
  }

  async reviews(): Promise<Review[]> {
    this.calls.push("reviews");
    return this.reviewList;
  }

  async permission(login: string): Promise<Permission> {
    this.calls.push("permission");
    return this.permissions[login] ?? "none";
  }

  async isTeamMember(org: string, slug: string, login: string): Promise<boolean> {
    this.calls.push("isTeamMember");
    const members = this.teams[`${org}/${slug}`];
    if (members === "forbidden")
      throw new PortError("forbidden", `GET /orgs/${org}/teams/${slug}/memberships: 403`);
    return (members ?? []).includes(login);
  }
}

function blob(text: string): string {
  return createHash("sha1")
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest("hex");
}

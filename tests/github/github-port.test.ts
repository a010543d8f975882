import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PortError, type GitHubPort } from "../../core/port.js";
import { createGitHubPort, LOOKUP_TIMEOUT_MS } from "../../github/github-port.js";
import type { OctokitClient } from "../../github/octokit-client.js";
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from "../support/fake-github/index.js";
import { clients, TOKEN } from "./octokit-clients.js";

const HELLO_BLOB = "ce013625030ba8dba906f756967f9e9ca394464a"; // git hash-object of "hello\n"

describe.each(clients)("createGitHubPort on $name", ({ create }) => {
  let gh: FakeGitHub;
  let repo: FakeRepo;
  let port: GitHubPort;

  beforeEach(async () => {
    gh = await startFakeGitHub();
    repo = gh.addRepo("octo/roadmap", { defaultBranch: "main" });
    port = createGitHubPort(create(gh.url), { owner: "octo", repo: "roadmap" });
  });
  afterEach(() => gh.close());

  const graphqlRequests = () => gh.requestsTo("POST", /^\/graphql$/);

  describe("readFiles", () => {
    it("reads one file in one GraphQL request", async () => {
      repo.commit({ "roadmap/a.yaml": "hello\n" });

      const files = await port.readFiles("main", ["roadmap/a.yaml"]);

      expect(files.get("roadmap/a.yaml")).toEqual({
        path: "roadmap/a.yaml",
        text: "hello\n",
        byteSize: 6,
        blobId: HELLO_BLOB,
      });
      expect(graphqlRequests()).toHaveLength(1);
    });

    it("reads 100 files in one GraphQL request", async () => {
      const paths = Array.from({ length: 100 }, (_, i) => `roadmap/item-${i}.yaml`);
      repo.commit(Object.fromEntries(paths.map((p) => [p, `id: ${p}\n`])));

      const files = await port.readFiles("main", paths);

      expect(graphqlRequests()).toHaveLength(1);
      expect(files.size).toBe(100);
      expect(files.get("roadmap/item-99.yaml")?.text).toBe("id: roadmap/item-99.yaml\n");
    });

    it("splits 250 files into queries of at most 100 objects", async () => {
      const paths = Array.from({ length: 250 }, (_, i) => `roadmap/item-${i}.yaml`);
      repo.commit(Object.fromEntries(paths.map((p) => [p, "x\n"])));

      const files = await port.readFiles("main", paths);

      expect(graphqlRequests()).toHaveLength(3);
      expect([...files.values()].every((f) => f?.text === "x\n")).toBe(true);
    });

    it("answers null for a missing file or a directory", async () => {
      const sha = repo.commit({ "roadmap/a.yaml": "hello\n" });

      const files = await port.readFiles(sha, [
        "roadmap/missing.yaml",
        "roadmap",
        "roadmap/a.yaml",
      ]);

      expect(files.get("roadmap/missing.yaml")).toBeNull();
      expect(files.get("roadmap")).toBeNull();
      expect(files.get("roadmap/a.yaml")?.text).toBe("hello\n");
    });

    it("gives null text for binary content but keeps its size and blob id", async () => {
      repo.commit({
        "logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
        "latin1.yaml": Buffer.from([0x69, 0x64, 0x3a, 0xe9]),
      });

      const files = await port.readFiles("main", ["logo.png", "latin1.yaml"]);

      expect(files.get("logo.png")).toMatchObject({ text: null, byteSize: 6 });
      expect(files.get("logo.png")?.blobId).toMatch(/^[0-9a-f]{40}$/);
      expect(files.get("latin1.yaml")?.text).toBeNull();
    });

    it("reads a file GraphQL truncates through the REST raw contents", async () => {
      gh.blobTextLimit = 8;
      const long = "title: a long item, longer than the limit\n";
      repo.commit({ "roadmap/long.yaml": long });

      const files = await port.readFiles("main", ["roadmap/long.yaml"]);

      expect(files.get("roadmap/long.yaml")?.text).toBe(long);
      expect(
        gh.requestsTo("GET", /^\/repos\/octo\/roadmap\/contents\/roadmap\/long\.yaml$/),
      ).toHaveLength(1);
    });

    it("passes paths as variables, so quotes and braces in a path are only a name", async () => {
      const odd = 'roadmap/we"ird} {name\\.yaml';
      repo.commit({ [odd]: "odd\n" });

      const files = await port.readFiles("main", [odd]);

      expect(files.get(odd)?.text).toBe("odd\n");
      const body = graphqlRequests()[0]?.body as { query: string };
      expect(body.query).not.toContain("weird");
    });

    it("makes no request for no paths", async () => {
      expect((await port.readFiles("main", [])).size).toBe(0);
      expect(gh.requests).toHaveLength(0);
    });
  });

  it("answers blob ids of many (ref, path) pairs in one request", async () => {
    const base = repo.commit({ "a.yaml": "hello\n", "b.yaml": "b\n" });
    const head = repo.commit({ "b.yaml": "b changed\n" }, { parent: base, branch: "feature" });

    const ids = await port.blobIds([
      { ref: base, path: "a.yaml" },
      { ref: head, path: "a.yaml" },
      { ref: base, path: "b.yaml" },
      { ref: "feature", path: "b.yaml" },
      { ref: head, path: "gone.yaml" },
    ]);

    expect(ids.get(`${base}:a.yaml`)).toBe(HELLO_BLOB);
    expect(ids.get(`${head}:a.yaml`)).toBe(HELLO_BLOB);
    expect(ids.get(`${base}:b.yaml`)).not.toBe(ids.get("feature:b.yaml"));
    expect(ids.get(`${head}:gone.yaml`)).toBeNull();
    expect(graphqlRequests()).toHaveLength(1);
  });

  describe("listPaths", () => {
    it("lists every blob, but no symlink, submodule or directory", async () => {
      repo.commit({
        "roadmap/a.yaml": "a",
        "roadmap/nested/b.yaml": "b",
        "roadmap/link.yaml": { symlink: "../outside.yaml" },
        vendor: { submodule: "0123456789012345678901234567890123456789" },
      });

      expect((await port.listPaths("main")).sort()).toEqual([
        "roadmap/a.yaml",
        "roadmap/nested/b.yaml",
      ]);
    });

    it("refuses a truncated tree", async () => {
      repo.commit({ "a.yaml": "a" });
      repo.truncateTrees = true;

      await expect(port.listPaths("main")).rejects.toMatchObject({
        name: "PortError",
        kind: "other",
      });
    });

    it("reports an unknown ref as not found", async () => {
      repo.commit({ "a.yaml": "a" });

      await expect(port.listPaths("no-such-branch")).rejects.toMatchObject({ kind: "not-found" });
    });
  });

  describe("tree", () => {
    it("lists files, symlinks and submodules with their object ids, but no directory", async () => {
      repo.commit({
        "roadmap/a.yaml": "hello\n",
        "roadmap/link.yaml": { symlink: "../outside.yaml" },
        vendor: { submodule: "0123456789012345678901234567890123456789" },
      });

      const entries = await port.tree("main");
      expect(entries.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
        { path: "roadmap/a.yaml", kind: "file", sha: HELLO_BLOB },
        {
          path: "roadmap/link.yaml",
          kind: "symlink",
          sha: expect.stringMatching(/^[0-9a-f]{40}$/),
        },
        { path: "vendor", kind: "submodule", sha: "0123456789012345678901234567890123456789" },
      ]);
    });

    it("refuses a truncated tree", async () => {
      repo.commit({ "a.yaml": "a" });
      repo.truncateTrees = true;

      await expect(port.tree("main")).rejects.toThrow(/truncated the tree at main/);
    });
  });

  describe("readRawFile", () => {
    it("reads a file of this or another repository at a ref", async () => {
      const sha = repo.commit({ ".github/roadmap-gate.yml": "enforcement: block\n" });
      gh.addRepo("octo/.github", { defaultBranch: "main" }).commit({ "shared.yml": "x: 1\n" });

      expect(
        await port.readRawFile({
          owner: "octo",
          repo: "roadmap",
          path: ".github/roadmap-gate.yml",
          ref: sha,
        }),
      ).toEqual({ path: ".github/roadmap-gate.yml", content: "enforcement: block\n" });
      expect(
        await port.readRawFile({ owner: "octo", repo: ".github", path: "shared.yml" }),
      ).toEqual({ path: "shared.yml", content: "x: 1\n" });
    });

    it("answers null for a missing file or repository", async () => {
      repo.commit({ "a.yaml": "a" });

      expect(await port.readRawFile({ owner: "octo", repo: "roadmap", path: "b.yaml" })).toBe(null);
      expect(await port.readRawFile({ owner: "octo", repo: "gone", path: "a.yaml" })).toBe(null);
    });
  });

  describe("issues", () => {
    it("maps an issue, and answers undefined for a pull request or a missing issue", async () => {
      const sha = repo.commit({ "a.yaml": "a" });
      repo.addIssue({ number: 3, title: "FEAT-1", body: "Roadmap item", labels: ["roadmap"] });
      repo.addPullRequest({ number: 4, author: "ana", baseSha: sha, headSha: sha });

      expect(await port.issue(3)).toEqual({ number: 3, body: "Roadmap item", labels: ["roadmap"] });
      expect(await port.issue(4)).toBeUndefined();
      expect(await port.issue(5)).toBeUndefined();
    });

    it("creates, lists, edits and deletes an issue's comments", async () => {
      repo.addIssue({ number: 3, title: "FEAT-1" });

      await port.createIssueComment(3, "first");
      const [comment] = await port.issueComments(3);
      await port.updateIssueComment(comment!.id, "edited");
      const edited = await port.issueComments(3);
      await port.deleteIssueComment(comment!.id);

      expect(comment).toEqual({ id: comment!.id, login: expect.any(String), body: "first" });
      expect(edited).toEqual([{ ...comment, body: "edited" }]);
      expect(await port.issueComments(3)).toEqual([]);
      await expect(port.deleteIssueComment(comment!.id)).rejects.toMatchObject({
        kind: "not-found",
      });
    });
  });

  describe("pullRequest", () => {
    it("maps the pull request as GitHub has it now", async () => {
      const base = repo.commit({ "a.yaml": "a" });
      const head = repo.commit({ "a.yaml": "b" }, { parent: base });
      repo.addPullRequest({
        number: 9,
        author: "ana",
        baseSha: base,
        headSha: head,
        body: "Closes #3",
        labels: ["roadmap-gate: skip"],
      });

      expect(await port.pullRequest(9)).toEqual({
        number: 9,
        author: "ana",
        baseRef: "main",
        baseSha: base,
        headSha: head,
        body: "Closes #3",
        labels: ["roadmap-gate: skip"],
        changedFiles: 1,
      });
    });

    it("lists the open pull requests whose head is a commit, across pages", async () => {
      const base = repo.commit({ "a.yaml": "a" });
      const shared = repo.commit({ "a.yaml": "b" }, { parent: base });
      const other = repo.commit({ "a.yaml": "c" }, { parent: base });
      for (let number = 1; number <= 120; number++)
        repo.addPullRequest({ number, author: "ana", baseSha: base, headSha: other });
      repo.addPullRequest({ number: 121, author: "ana", baseSha: base, headSha: shared });
      repo.addPullRequest({ number: 122, author: "bo", baseSha: base, headSha: shared });
      repo.addPullRequest({
        number: 123,
        author: "cy",
        baseSha: base,
        headSha: shared,
        state: "closed",
      });

      const found = await port.openPullRequestsAt(shared);
      expect(found.map((p) => p.number).sort()).toEqual([121, 122]);
      expect(gh.requestsTo("GET", /\/pulls$/)).toHaveLength(2);
    });

    it("tells a live merge queue entry from a branch that only looks like one", async () => {
      const base = repo.commit({ "a.yaml": "a" });
      const queued = repo.commit({ "a.yaml": "b" }, { parent: base });
      const pull = repo.addPullRequest({
        number: 5,
        author: "ana",
        baseSha: base,
        headSha: queued,
      });
      const branch = `gh-readonly-queue/main/pr-5-${base}`;
      expect(await port.mergeQueue(branch, 5)).toEqual({ branchHead: null, queuedHead: null });

      repo.setBranch(branch, queued);
      pull.mergeQueueHeadSha = queued;
      expect(await port.mergeQueue(branch, 5)).toEqual({ branchHead: queued, queuedHead: queued });
    });

    it("reports a missing pull request as not found, naming the endpoint", async () => {
      await expect(port.pullRequest(404)).rejects.toMatchObject({
        kind: "not-found",
        message: expect.stringContaining("GET /repos/octo/roadmap/pulls/404 answered 404"),
      });
    });
  });

  it("collects a pull request's 250 files across three pages", async () => {
    const base = repo.commit({ "old.yaml": "same content\n" });
    const changes = Object.fromEntries(
      Array.from({ length: 249 }, (_, i) => [`roadmap/${i}.yaml`, `${i}\n`]),
    );
    const head = repo.commit(
      { ...changes, "old.yaml": null, "new.yaml": "same content\n" },
      { parent: base },
    );
    repo.addPullRequest({ number: 7, author: "ana", baseSha: base, headSha: head });

    const files = await port.pullRequestFiles(7);

    expect(files).toHaveLength(250);
    expect(files).toContainEqual({ path: "new.yaml", status: "renamed", previousPath: "old.yaml" });
    expect(files).toContainEqual({ path: "roadmap/0.yaml", status: "added" });
    const pages = gh.requestsTo("GET", /\/pulls\/7\/files$/);
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? "1"])).toEqual([
      ["100", "1"],
      ["100", "2"],
      ["100", "3"],
    ]);
  });

  describe("compareFiles", () => {
    it("lists the files changed between two commits in one request", async () => {
      const base = repo.commit({ "a.yaml": "a", "gone.yaml": "g" });
      const head = repo.commit(
        { "a.yaml": "b", "gone.yaml": null, "new.yaml": "n" },
        { parent: base },
      );

      const files = await port.compareFiles(base, head);

      expect(files).toEqual(
        expect.arrayContaining([
          { path: "a.yaml", status: "modified" },
          { path: "gone.yaml", status: "removed" },
          { path: "new.yaml", status: "added" },
        ]),
      );
      expect(files).toHaveLength(3);
      expect(gh.requestsTo("GET", /\/compare\//).map((r) => r.path)).toEqual([
        `/repos/octo/roadmap/compare/${base}...${head}`,
      ]);
    });

    it("answers undefined when GitHub may have cut the list at 300 files", async () => {
      const base = repo.commit({ "a.yaml": "a" });
      const head = repo.commit(
        Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`roadmap/${i}.yaml`, `${i}\n`])),
        { parent: base },
      );

      expect(await port.compareFiles(base, head)).toBeUndefined();
    });
  });

  it("maps every review, oldest first, across pages", async () => {
    const sha = repo.commit({ "a.yaml": "a" });
    repo.addPullRequest({ number: 3, author: "ana", baseSha: sha, headSha: sha });
    for (let i = 0; i < 120; i++)
      repo.addReview(3, { login: `reviewer-${i}`, state: "COMMENTED", commitId: sha });
    repo.addReview(3, {
      login: "Bea",
      state: "APPROVED",
      commitId: sha,
      submittedAt: "2024-05-01T10:00:00Z",
    });

    const reviews = await port.reviews(3);

    expect(reviews).toHaveLength(121);
    expect(reviews[0]?.login).toBe("reviewer-0");
    expect(reviews[120]).toEqual({
      login: "Bea",
      state: "APPROVED",
      commitId: sha,
      submittedAt: "2024-05-01T10:00:00Z",
    });
  });

  describe("permission", () => {
    it("tells maintain and triage apart from write and read", async () => {
      repo.setPermission("mia", "maintain");
      repo.setPermission("tom", "triage");

      expect(await port.permission("mia")).toBe("maintain");
      expect(await port.permission("tom")).toBe("triage");
    });

    it("answers none when GitHub does not know the user", async () => {
      expect(await port.permission("nobody")).toBe("none");
    });
  });

  describe("isTeamMember", () => {
    it("is true for an active member and false for anyone else", async () => {
      gh.addTeam("octo", "risk", ["Ana", { login: "pat", state: "pending" }]);

      expect(await port.isTeamMember("octo", "risk", "ana")).toBe(true);
      expect(await port.isTeamMember("octo", "risk", "pat")).toBe(false);
      expect(await port.isTeamMember("octo", "risk", "zed")).toBe(false);
    });

    it("fails as forbidden, saying how to fix it, when the token cannot read teams", async () => {
      gh.addTeam("octo", "risk", ["ana"], { forbidden: true });

      const error = await port.isTeamMember("octo", "risk", "ana").catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PortError);
      expect(error).toMatchObject({ kind: "forbidden" });
      expect((error as PortError).message).toMatch(/cannot read team membership of @octo\/risk/);
      expect((error as PortError).message).toMatch(/read:org/);
    });
  });

  describe("people lookups (SPEC section 9.3)", () => {
    it("reads an account's type, and null for a login that does not exist (a renamed account)", async () => {
      gh.addAccount("Ana");
      gh.addAccount("deploy-bot[bot]", "Bot");
      gh.addOrg("octo", []);
      gh.addAccount("old-name");
      gh.renameAccount("old-name", "new-name");

      expect(await port.account("ana")).toEqual({ login: "Ana", type: "User" });
      expect(await port.account("deploy-bot[bot]")).toEqual({
        login: "deploy-bot[bot]",
        type: "Bot",
      });
      expect(await port.account("octo")).toEqual({ login: "octo", type: "Organization" });
      expect(await port.account("old-name")).toBeNull();
      expect(await port.account("new-name")).toEqual({ login: "new-name", type: "User" });
    });

    it("tells a member (204) from a user outside the organisation (404)", async () => {
      gh.addOrg("octo", ["ana"]);
      gh.addAccount("eve");

      expect(await port.orgMembership("octo", "ANA")).toEqual({ state: "member" });
      expect(await port.orgMembership("octo", "eve")).toEqual({ state: "not-member" });
    });

    it("does not follow the 302 a requester outside the organisation gets: members are hidden", async () => {
      const org = gh.addOrg("octo", ["ana"], { public: ["ana"] });
      org.blind = 302;

      expect(await port.orgMembership("octo", "ana")).toEqual({ state: "hidden", status: 302 });
      expect(gh.requests.map((r) => [r.path, r.status])).toEqual([["/orgs/octo/members/ana", 302]]);
    });

    it("reads a 403 (an App without Organization members: read) as hidden members", async () => {
      gh.addOrg("octo", ["ana"]).blind = 403;

      expect(await port.orgMembership("octo", "ana")).toEqual({ state: "hidden", status: 403 });
    });

    it("tells an existing team (200) from a missing one (404)", async () => {
      gh.addTeam("octo", "risk", ["ana"]);

      expect(await port.teamExists("octo", "risk")).toBe(true);
      expect(await port.teamExists("octo", "rsik")).toBe(false);
    });

    it("fails as a PortError when GitHub does not answer", async () => {
      gh.fail({ path: /^\/users\/ana$/, status: 502 });

      const error = await port.account("ana").catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PortError);
      expect(error).toMatchObject({ kind: "server" });
    });
  });

  describe("isTeamMember with a token that cannot see the team", () => {
    it("asks for the team when membership answers 404, and fails as forbidden when that is 404 too", async () => {
      gh.addTeam("octo", "risk", ["ana"], { hidden: true });

      const error = await port.isTeamMember("octo", "risk", "ana").catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PortError);
      expect(error).toMatchObject({ kind: "forbidden" });
      const message = (error as PortError).message;
      expect(message).toContain("the token cannot see the team @octo/risk");
      expect(message).toContain("GET /orgs/octo/teams/risk answered 404");
      expect(message).toContain("Organization members: read");
      expect(gh.requests.map((r) => r.path)).toEqual([
        "/orgs/octo/teams/risk/memberships/ana",
        "/orgs/octo/teams/risk",
      ]);
    });

    it("is false, after seeing the team, for someone the team does not have", async () => {
      gh.addTeam("octo", "risk", ["ana"]);

      expect(await port.isTeamMember("octo", "risk", "zed")).toBe(false);
      expect(gh.requests.map((r) => r.path)).toEqual([
        "/orgs/octo/teams/risk/memberships/zed",
        "/orgs/octo/teams/risk",
      ]);
    });
  });

  describe("errors", () => {
    it("reports a 500 as a server error naming the endpoint, without the token", async () => {
      gh.fail({ path: /\/collaborators\//, status: 500 });

      const error = (await port.permission("ana").catch((e: unknown) => e)) as PortError;

      expect(error).toBeInstanceOf(PortError);
      expect(error.kind).toBe("server");
      expect(error.message).toContain("GET /repos/octo/roadmap/collaborators/ana/permission");
      expect(error.message).toContain("500");
      expect(error.message).not.toContain(TOKEN);
      expect(error.cause).toBeDefined();
    });

    it("reports an exhausted rate limit and a secondary limit as rate-limited", async () => {
      repo.commit({ "a.yaml": "a" });
      gh.fail({ path: /\/git\/trees\//, status: 403, rateLimit: true, times: 1 });
      gh.fail({ path: /^\/graphql$/, status: 429, times: 1 });

      await expect(port.listPaths("main")).rejects.toMatchObject({ kind: "rate-limited" });
      await expect(port.readFiles("main", ["a.yaml"])).rejects.toMatchObject({
        kind: "rate-limited",
      });
    });

    it("reports a plain 403 as forbidden", async () => {
      repo.addPullRequest({ number: 1, author: "ana", baseSha: "b", headSha: "h" });
      gh.fail({ path: /\/reviews$/, status: 403 });

      await expect(port.reviews(1)).rejects.toMatchObject({ kind: "forbidden" });
    });

    it("reports a dropped connection as a network error", async () => {
      gh.fail({ path: /\/pulls\/1\/files$/, network: true });

      await expect(port.pullRequestFiles(1)).rejects.toMatchObject({
        name: "PortError",
        kind: "network",
      });
    });

    it("reports a repository GraphQL cannot resolve as not found", async () => {
      const other = createGitHubPort(create(gh.url), { owner: "octo", repo: "missing" });

      await expect(other.readFiles("main", ["a.yaml"])).rejects.toMatchObject({
        kind: "not-found",
      });
    });
  });
});

describe("createGitHubPort's readRawFile on a directory", () => {
  it("marks it unreadable rather than missing: GitHub answers a directory's listing, not raw content", async () => {
    const listing = [{ type: "file", name: "a.yaml", path: "roadmap/a.yaml" }];
    const octokit: OctokitClient = {
      request: async () => ({ status: 200, data: listing, headers: {} }),
      graphql: async () => {
        throw new Error("not used");
      },
      paginate: async () => [],
    };
    const port = createGitHubPort(octokit, { owner: "octo", repo: "roadmap" });

    expect(await port.readRawFile({ owner: "octo", repo: "roadmap", path: "roadmap" })).toEqual({
      path: "roadmap",
      content: "",
      unreadable: "it is a directory or a submodule, not a file",
    });
  });
});

describe("a people lookup GitHub does not answer", () => {
  it("gives up after LOOKUP_TIMEOUT_MS (5 s) as a network PortError, not after the evaluation's deadline", async () => {
    const gh = await startFakeGitHub();
    // The lookup's deadline is AbortSignal.timeout(LOOKUP_TIMEOUT_MS): the test sees it asked for
    // and lets it fire after 0.2 s, so 5 s of waiting prove nothing more.
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    const asked = vi
      .spyOn(AbortSignal, "timeout")
      .mockImplementation((ms) => timeout(ms === LOOKUP_TIMEOUT_MS ? 200 : ms));
    try {
      // Held for a minute: only the lookup's own deadline ends the wait within the test's time.
      gh.delay({ path: /^\/users\/slow$/, ms: 60_000 });
      const port = createGitHubPort(clients[0]!.create(gh.url), { owner: "octo", repo: "r" });

      const error = await port.account("slow").catch((e: unknown) => e);

      expect(LOOKUP_TIMEOUT_MS).toBe(5000);
      expect(asked).toHaveBeenCalledWith(LOOKUP_TIMEOUT_MS);
      expect(error).toBeInstanceOf(PortError);
      expect(error).toMatchObject({ kind: "network" });
      expect((error as PortError).message).toContain("GET /users/slow");
    } finally {
      asked.mockRestore();
      await gh.close();
    }
  });
});

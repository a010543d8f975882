import { generateKeyPairSync } from "node:crypto";
import { Probot } from "probot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from "../support/fake-github/index.js";

let gh: FakeGitHub;
let repo: FakeRepo;

beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.addRepo("octo/roadmap");
});
afterEach(() => gh.close());

async function call(method: string, path: string, body?: unknown, token = "ghp_test") {
  const response = await fetch(gh.url + path, {
    method,
    headers: { authorization: `token ${token}`, "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : undefined,
  };
}

describe("the fake GitHub", () => {
  it("pages with per_page and page, and links every page with the prefix the client used", async () => {
    const sha = repo.commit({ "a.yaml": "a" });
    repo.addPullRequest({ number: 1, author: "ana", baseSha: sha, headSha: sha });
    for (let i = 0; i < 5; i++) repo.addComment(1, { login: "ana", body: `comment ${i}` });

    const page = await call(
      "GET",
      "/api/v3/repos/octo/roadmap/issues/1/comments?per_page=2&page=2",
    );

    expect(page.json.map((c: { body: string }) => c.body)).toEqual(["comment 2", "comment 3"]);
    const base = `${gh.url}/api/v3/repos/octo/roadmap/issues/1/comments`;
    expect(page.headers.get("link")).toBe(
      `<${base}?per_page=2&page=1>; rel="prev", <${base}?per_page=2&page=3>; rel="next", ` +
        `<${base}?per_page=2&page=3>; rel="last", <${base}?per_page=2&page=1>; rel="first"`,
    );
    expect(gh.requests[0]).toMatchObject({
      method: "GET",
      path: "/repos/octo/roadmap/issues/1/comments",
      query: { per_page: "2", page: "2" },
    });
  });

  it("answers a fault only as many times as asked, and counts its hits", async () => {
    const fault = gh.fail({
      method: "GET",
      path: /^\/repos\/octo\/roadmap$/,
      status: 502,
      times: 2,
    });

    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call("GET", "/repos/octo/roadmap")).status);

    expect(statuses).toEqual([502, 502, 200]);
    expect(fault.hits).toBe(2);
  });

  it("answers a rate-limit fault with GitHub's headers", async () => {
    gh.fail({ path: /^\/repos\//, status: 403, rateLimit: true });

    const answer = await call("GET", "/repos/octo/roadmap");

    expect(answer.status).toBe(403);
    expect(answer.headers.get("x-ratelimit-remaining")).toBe("0");
  });

  it("holds a delayed request for at least its delay", async () => {
    gh.delay({ path: /^\/repos\/octo\/roadmap$/, ms: 150, times: 1 });

    const started = Date.now();
    await call("GET", "/repos/octo/roadmap");

    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("gathers a check run's annotations across its create and updates", async () => {
    const sha = repo.commit({ "a.yaml": "a" });
    const note = (line: number) => ({
      path: "a.yaml",
      start_line: line,
      end_line: line,
      annotation_level: "failure",
      message: `line ${line}`,
    });

    const created = await call("POST", "/repos/octo/roadmap/check-runs", {
      name: "roadmap-gate",
      head_sha: sha,
      status: "in_progress",
      external_id: "delivery-1",
      output: { title: "Checking", summary: "…", annotations: [note(1), note(2)] },
    });
    await call("PATCH", `/repos/octo/roadmap/check-runs/${created.json.id}`, {
      conclusion: "failure",
      output: { title: "2 errors", summary: "Fix them", annotations: [note(3)] },
    });

    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({
      name: "roadmap-gate",
      head_sha: sha,
      status: "completed",
      conclusion: "failure",
      external_id: "delivery-1",
      output: { title: "2 errors", summary: "Fix them" },
    });
    expect(repo.checkRuns[0]?.output.annotations.map((a) => a.start_line)).toEqual([1, 2, 3]);
    const listed = await call(
      "GET",
      `/repos/octo/roadmap/commits/${sha}/check-runs?check_name=roadmap-gate`,
    );
    expect(listed.json).toMatchObject({ total_count: 1, check_runs: [{ id: created.json.id }] });
  });

  it("refuses more than 50 annotations in one request, as GitHub does", async () => {
    const sha = repo.commit({ "a.yaml": "a" });
    const annotations = Array.from({ length: 51 }, () => ({
      path: "a.yaml",
      start_line: 1,
      end_line: 1,
      annotation_level: "notice",
      message: "m",
    }));

    const answer = await call("POST", "/repos/octo/roadmap/check-runs", {
      name: "roadmap-gate",
      head_sha: sha,
      output: { title: "t", summary: "s", annotations },
    });

    expect(answer.status).toBe(422);
    expect(repo.checkRuns).toHaveLength(0);
  });

  it("writes as the app's bot with an installation token, and as github-actions otherwise", async () => {
    repo.addIssue({ number: 4, title: "FEAT-1" });
    const { json: token } = await call(
      "POST",
      "/app/installations/1/access_tokens",
      undefined,
      "a.jwt",
    );

    await call(
      "POST",
      "/repos/octo/roadmap/issues/4/comments",
      { body: "from the app" },
      token.token,
    );
    await call("POST", "/repos/octo/roadmap/issues/4/comments", { body: "from a workflow" });

    expect(repo.comments(4).map((c) => [c.user.login, c.user.type, c.body])).toEqual([
      ["roadmap-gate[bot]", "Bot", "from the app"],
      ["github-actions[bot]", "Bot", "from a workflow"],
    ]);
  });

  it("lets Probot authenticate as an installation of the app", async () => {
    repo.addIssue({ number: 2, title: "FEAT-2" });
    const { privateKey } = generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: "pkcs1", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const probot = new Probot({ appId: 1, privateKey, baseUrl: `${gh.url}/api/v3` });

    const octokit = await probot.auth(gh.installationId);
    await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: "octo",
      repo: "roadmap",
      issue_number: 2,
      body: "checklist",
    });

    expect(repo.comments(2)[0]?.user).toEqual({ login: "roadmap-gate[bot]", type: "Bot" });
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /app/installations/1/access_tokens",
      "POST /repos/octo/roadmap/issues/2/comments",
    ]);
  });

  it("resolves aliased GraphQL objects with variables, on both GraphQL paths", async () => {
    repo.commit({ "a.yaml": "hello\n", "bin.dat": Buffer.from([0, 1, 2]) });
    const query = `query($a: String!, $b: String!) { repository(owner: "octo", name: "roadmap") {
      a: object(expression: $a) { ... on Blob { oid text isBinary byteSize } }
      b: object(expression: $b) { ... on Blob { text isBinary } }
      c: object(expression: "main:nope") { oid }
      head: object(expression: "main") { ... on Commit { oid } }
    } }`;

    for (const path of ["/graphql", "/api/graphql"]) {
      const answer = await call("POST", path, {
        query,
        variables: { a: "main:a.yaml", b: "main:bin.dat" },
      });

      expect(answer.json.data.repository).toEqual({
        a: {
          oid: "ce013625030ba8dba906f756967f9e9ca394464a",
          text: "hello\n",
          isBinary: false,
          byteSize: 6,
        },
        b: { text: null, isBinary: true },
        c: null,
        head: { oid: repo.branch("main") },
      });
    }
  });

  it("answers an unknown route with 404 and remembers it", async () => {
    const answer = await call("GET", "/repos/octo/roadmap/no-such-thing");

    expect(answer).toMatchObject({ status: 404, json: { message: "Not Found" } });
    expect(gh.unhandled.map((r) => r.path)).toEqual(["/repos/octo/roadmap/no-such-thing"]);
  });

  it("serves a file's contents as JSON, or raw when asked", async () => {
    repo.commit({ "docs/a.yaml": "hello\n" });

    const asJson = await call("GET", "/repos/octo/roadmap/contents/docs%2Fa.yaml?ref=main");
    const raw = await fetch(`${gh.url}/repos/octo/roadmap/contents/docs/a.yaml`, {
      headers: { accept: "application/vnd.github.raw" },
    });

    expect(asJson.json).toMatchObject({
      type: "file",
      encoding: "base64",
      content: "aGVsbG8K",
      size: 6,
    });
    expect(await raw.text()).toBe("hello\n");
  });
});

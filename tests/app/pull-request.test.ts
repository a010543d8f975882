import { describe, expect, it } from "vitest";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { deliverAndSettle, expectHandled, useApp, waitFor } from "./support/harness.js";
import { POLICY_PATH, pullRequestScenario, requestsFor, writesFor } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

const h = useApp();

/** A pull request adding a gate-ready item, signed off by @sam, who has write access and approved it. */
function approvedItemPullRequest(name: string, head: Record<string, string> = {}) {
  const s = pullRequestScenario(h.gh, name, {
    head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }), ...head },
  });
  s.repo.setPermission("sam", "write");
  s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
  return s;
}

describe("the compiled app (what `npm start` runs, as every App test does)", () => {
  it("answers its health check and Probot's ping", async () => {
    const health = await fetch(`${h.app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect((await fetch(`${h.app.url}/ping`)).status).toBe(200);
  });
});

describe("the roadmap-gate check run", () => {
  it("is written in progress at once, then completed once with success, keyed by the delivery", async () => {
    const s = approvedItemPullRequest("passes");
    const res = await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    expectHandled(h, res);
    expect(s.repo.checkRuns).toHaveLength(1);
    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({
      name: "roadmap-gate",
      head_sha: s.headSha,
      status: "completed",
      conclusion: "success",
      external_id: res.id,
      createdBy: { login: "roadmap-gate[bot]" },
    });
    expect(run!.writes.map((w) => w.status)).toEqual(["in_progress", "completed"]);
    expect(run!.output.title).toBe("Passes the gate: 0 errors, 0 warnings in 1 item");
    expect(run!.output.summary).toContain("| FEAT-1 | Item FEAT-1 | planned | ✅ pass |");
  });

  it("writes nothing for a redelivered webhook", async () => {
    const s = approvedItemPullRequest("redelivery");
    const payload = pullRequestEvent(s.repo, s.pull);
    const first = await deliverAndSettle(h, s.repo, "pull_request", payload);
    const writes = writesFor(h.gh, s.repo).length;

    const again = await deliverAndSettle(h, s.repo, "pull_request", payload, {
      id: first.id,
      writes: "no check run",
    });

    expectHandled(h, again);
    expect(s.repo.checkRuns).toHaveLength(1);
    expect(writesFor(h.gh, s.repo)).toHaveLength(writes);
  });

  it("writes a new run for each new delivery, each completed exactly once", async () => {
    const s = approvedItemPullRequest("each-delivery");
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull, "opened"));
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull, "labeled"));

    expect(s.repo.checkRuns.map((r) => [r.status, r.conclusion])).toEqual([
      ["completed", "success"],
      ["completed", "success"],
    ]);
    for (const run of s.repo.checkRuns)
      expect(run.writes.filter((w) => w.conclusion !== undefined)).toHaveLength(1);
  });

  it("refuses unsigned and forged webhooks and changes nothing", async () => {
    const s = approvedItemPullRequest("forged");
    const payload = pullRequestEvent(s.repo, s.pull);
    const before = h.gh.requests.length;

    const forged = await deliver(h.app, "pull_request", payload, { secret: "not-the-secret" });
    const unsigned = await deliver(h.app, "pull_request", payload, { signature: null });
    const garbage = await deliver(h.app, "pull_request", payload, { signature: "sha256=00" });

    expect(forged.status).toBe(400);
    expect(unsigned.status).toBe(400);
    expect(garbage.status).toBe(400);
    expect(h.gh.requests.slice(before)).toEqual([]);
    expect(s.repo.checkRuns).toEqual([]);
  });

  it("fails a pull request whose item is not gate-ready, with annotations at the findings", async () => {
    const s = pullRequestScenario(h.gh, "not-ready", {
      head: { "roadmap/feat-2.yaml": itemYaml({ id: "FEAT-2", omitMetrics: ["latency"] }) },
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.title).toMatch(/^Fails the gate: 2 errors/);
    expect(run!.output.annotations.map((a) => [a.path, a.title, a.annotation_level])).toEqual([
      ["roadmap/feat-2.yaml", "metric-missing", "failure"],
      ["roadmap/feat-2.yaml", "signoff-approvals", "failure"],
    ]);
    const metric = run!.output.annotations[0]!;
    expect(metric.start_line).toBe(metric.end_line);
    expect(metric.message).toContain("has no `latency` metric");
  });

  it("is neutral, not failing, under enforcement: warn", async () => {
    const s = pullRequestScenario(h.gh, "warn", {
      base: { [POLICY_PATH]: "enforcement: warn\n" },
      head: { "roadmap/feat-2.yaml": itemYaml({ id: "FEAT-2", omitMetrics: ["latency"] }) },
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    expect(s.repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(s.repo.checkRuns[0]!.output.title).toMatch(/^Would fail \(enforcement: warn\)/);
  });

  it("sends annotations 50 per request", async () => {
    const typos = Array.from({ length: 120 }, (_, i) => `typo_${i}: 1\n`).join("");
    const s = pullRequestScenario(h.gh, "annotations", {
      head: { "roadmap/feat-3.yaml": itemYaml({ id: "FEAT-3", status: "proposed", extra: typos }) },
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    const sizes = run!.writes.map(
      (w) => (w.output as { annotations?: unknown[] }).annotations?.length,
    );
    expect(sizes).toEqual([undefined, 50, 50, 20]);
    expect(run!.writes[1]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.annotations).toHaveLength(120);
    expect(run!.status).toBe("completed");
  });

  it("cuts a huge summary below 65,535 characters with a note, and caps annotations", async () => {
    const typos = Array.from({ length: 900 }, (_, i) => `unknown_key_number_${i}: 1\n`).join("");
    const s = pullRequestScenario(h.gh, "huge-summary", {
      head: { "roadmap/feat-4.yaml": itemYaml({ id: "FEAT-4", status: "proposed", extra: typos }) },
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.summary!.length).toBeLessThanOrEqual(65_535);
    expect(run!.output.summary).toMatch(/\d+ more findings.* not shown/);
    expect(run!.output.summary).toContain("Only the first 500 of 900 findings are annotated");
    expect(run!.output.annotations).toHaveLength(500);
  });

  it("escapes user text in the summary: no HTML, no mentions, no broken table", async () => {
    const title = '"<script>alert(1)</script> | @everyone ping, closes #1 and octo-org/other#2"';
    const s = pullRequestScenario(h.gh, "escaping", {
      head: { "roadmap/feat-5.yaml": itemYaml({ id: "FEAT-5", title, status: "proposed" }) },
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const summary = s.repo.checkRuns[0]!.output.summary!;
    expect(summary).not.toContain("<script>");
    expect(summary).toContain("&lt;script&gt;");
    expect(summary).not.toMatch(/@everyone/);
    expect(summary).toContain("\\| @\u200deveryone ping");
    expect(summary).toContain("closes #\u200d1 and octo-org/other#\u200d2");
    expect(summary).not.toMatch(/#\d/);
  });

  it("fails a pull request that links an item which is not gate-ready", async () => {
    const s = pullRequestScenario(h.gh, "links", {
      base: { "roadmap/feat-9.yaml": itemYaml({ id: "FEAT-9", status: "proposed" }) },
      head: { "src/search.ts": "export {};\n" },
      body: "Implements search.\n\nRoadmap: FEAT-9",
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ conclusion: "failure" });
    expect(run!.output.summary).toContain("links `FEAT-9`");
    expect(run!.output.summary).toMatch(/FEAT-9, which is not gate-ready/);
  });
});

describe("pull requests with unusual files", () => {
  it("pages through a pull request of hundreds of files", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 350 }, (_, i) => [`src/file-${i}.ts`, `export const n = ${i};\n`]),
    );
    const s = approvedItemPullRequest("huge-pr", many);
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    expect(s.repo.checkRuns[0]).toMatchObject({ conclusion: "success" });
    const pages = requestsFor(h.gh, s.repo).filter((r) => r.path.endsWith("/pulls/7/files"));
    expect(pages.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3", "4"]);
  });

  it("does not judge a deleted item file, and judges a renamed one at its new path", async () => {
    const s = pullRequestScenario(h.gh, "deleted-renamed", {
      base: {
        "roadmap/old.yaml": itemYaml({ id: "FEAT-10", status: "proposed" }),
        "roadmap/gone.yaml": itemYaml({ id: "FEAT-11", status: "proposed" }),
      },
      head: {
        "roadmap/old.yaml": null,
        "roadmap/new.yaml": itemYaml({ id: "FEAT-10", status: "proposed" }),
        "roadmap/gone.yaml": null,
      } as Record<string, string | null> as Record<string, string>,
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ conclusion: "success" });
    expect(run!.output.summary).toContain("`roadmap/new.yaml`");
    expect(run!.output.summary).not.toContain("`roadmap/gone.yaml`");
  });

  it("fails a binary file where an item should be", async () => {
    const s = pullRequestScenario(h.gh, "binary", {
      head: { "roadmap/logo.yaml": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) } as never,
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ conclusion: "failure" });
    expect(run!.output.annotations[0]).toMatchObject({
      path: "roadmap/logo.yaml",
      title: "unreadable",
    });
  });

  it("fails a changed item path that became a symlink or a submodule, never dropping it", async () => {
    const s = pullRequestScenario(h.gh, "symlink-submodule", {
      base: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", status: "proposed" }) },
      head: {
        "docs/elsewhere.yaml": itemYaml({ id: "FEAT-1", status: "proposed" }),
        "roadmap/feat-1.yaml": { symlink: "../docs/elsewhere.yaml" },
        "roadmap/vendor.yaml": { submodule: "0123456789abcdef0123456789abcdef01234567" },
      },
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ conclusion: "failure" });
    const found = run!.output.annotations.map((a) => ({
      path: a.path,
      title: a.title,
      line: a.start_line,
      message: a.message,
    }));
    expect(found).toEqual([
      {
        path: "roadmap/feat-1.yaml",
        title: "unreadable",
        line: 1,
        message: expect.stringContaining("roadmap/feat-1.yaml is a symbolic link, not a file"),
      },
      {
        path: "roadmap/vendor.yaml",
        title: "unreadable",
        line: 1,
        message: expect.stringContaining("roadmap/vendor.yaml is a submodule"),
      },
    ]);
  });

  it("fails bad YAML with an annotation at its line, without hiding other files' findings", async () => {
    const s = pullRequestScenario(h.gh, "bad-yaml", {
      head: {
        "roadmap/broken.yaml": "apiVersion: roadmap-gate/v1\nid: FEAT-12\ntitle: [unclosed\n",
        "roadmap/feat-13.yaml": itemYaml({ id: "FEAT-13", omitMetrics: ["latency"] }),
      },
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ conclusion: "failure" });
    const byFile = run!.output.annotations.map((a) => [a.path, a.title]);
    expect(byFile).toContainEqual(["roadmap/broken.yaml", "yaml-syntax"]);
    expect(byFile).toContainEqual(["roadmap/feat-13.yaml", "metric-missing"]);
    const syntax = run!.output.annotations.find((a) => a.title === "yaml-syntax")!;
    expect(syntax.start_line).toBeGreaterThanOrEqual(3);
  });
});

// Events for one pull request that arrive while it is being judged, on this file's Probot server
// (a file of its own started one more server for one test).
describe("events for a pull request that is being judged", () => {
  it("fold into one more evaluation: 5 pushes during one evaluation make 2 check runs, not 6", async () => {
    const s = approvedItemPullRequest("folded");
    // The first evaluation's read of the files is held until the others have been answered, so
    // they arrive while it runs. 10 s only guards a hang.
    let release = () => {};
    const answered = new Promise<void>((done) => (release = done));
    const held = h.gh.delay({ path: /^\/graphql$/, ms: 10_000, times: 1, until: answered });
    const first = deliver(h.app, "pull_request", pullRequestEvent(s.repo, s.pull, "opened"));
    await waitFor(() => held.hits === 1, "the first evaluation to read the files");
    const later = await Promise.all(
      Array.from({ length: 5 }, () =>
        deliver(h.app, "pull_request", pullRequestEvent(s.repo, s.pull, "synchronize")),
      ),
    ).finally(release);
    expect(later.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    // All six handlers are done once answered 200 (Probot answers after its handlers), and the
    // first one's ran the folded evaluation too (app/pull-request/fold-events.ts).
    expect((await first).status).toBe(200);

    expect(s.repo.checkRuns.map((r) => [r.status, r.conclusion])).toEqual([
      ["completed", "success"],
      ["completed", "success"],
    ]);
  });
});

/** main asks for two approvals; the branch `weak` has a weaker policy, or none. */
const WEAK_POLICIES = [
  ["enforcement: warn", "enforcement: warn\n"],
  ["verify: false", "sign_off:\n  verify: false\n"],
  ["no policy file", null],
] as const;

describe("a commit that is the head of several open pull requests", () => {
  it.each(WEAK_POLICIES)(
    "keeps the check failing when a second pull request goes into a branch with %s",
    async (_, weakPolicy) => {
      const s = pullRequestScenario(h.gh, "shared-head", {
        base: { [POLICY_PATH]: "sign_off:\n  min_approvals: 2\n" },
        head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam", "@ana"] }) },
      });
      s.repo.setPermission("sam", "write");
      s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
      expect(s.repo.checkRuns.at(-1)?.conclusion).toBe("failure");

      // The same commit, proposed into a branch whose policy would pass it.
      const weakSha = s.repo.commit(
        { [POLICY_PATH]: weakPolicy },
        { parent: s.baseSha, branch: "weak" },
      );
      const second = s.repo.addPullRequest({
        number: 8,
        author: "lee",
        base: "weak",
        baseSha: weakSha,
        head: "feature",
        headSha: s.headSha,
      });
      s.repo.addReview(8, { login: "sam", state: "APPROVED", commitId: s.headSha });
      await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, second));

      expect(s.repo.checkRuns).toHaveLength(2);
      const newest = s.repo.checkRuns.at(-1)!;
      expect(newest.head_sha).toBe(s.headSha);
      expect(newest.conclusion).toBe("failure");
      expect(newest.output.title).toMatch(/^#7 into main: Fails the gate/);
      expect(newest.output.summary).toContain("This commit is the head of 2 open pull requests");
      expect(newest.output.summary).toMatch(/\| #7 \| `main` \| failure \|/);
      expect(newest.output.summary).toMatch(/\| #8 \| `weak` \| (success|neutral) \|/);
      // #7's findings: @ana never approved, and main asks for two approvals.
      expect(newest.output.annotations.map((a) => a.title).sort()).toEqual([
        "signoff-approvals",
        "signoff-unverified",
      ]);
    },
  );

  it("judges a closed pull request's commit by the open ones only", async () => {
    const s = pullRequestScenario(h.gh, "shared-head-closed", {
      head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs: ["@sam"] }) },
    });
    s.repo.setPermission("sam", "write");
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
    s.repo.addPullRequest({
      number: 8,
      author: "lee",
      baseSha: s.baseSha,
      head: "feature",
      headSha: s.headSha,
      state: "closed",
    });
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const run = s.repo.checkRuns.at(-1)!;
    expect(run.conclusion).toBe("success");
    expect(run.output.summary).not.toContain("open pull requests");
  });
});

/** A pull request adding `count` gate-ready items, each signed off by @sam, who approved the head. */
function itemsPullRequest(name: string, count: number) {
  const files = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `roadmap/feat-${i + 1}.yaml`,
      itemYaml({ id: `FEAT-${i + 1}`, signOffs: ["@sam"] }),
    ]),
  );
  const s = pullRequestScenario(h.gh, name, { head: files });
  s.repo.setPermission("sam", "write");
  s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });
  return s;
}

describe("load", () => {
  it("makes the same number of API calls for 1 and for 100 changed item files", async () => {
    const one = itemsPullRequest("one-item", 1);
    const hundred = itemsPullRequest("hundred-items", 100);
    // Warm up: the installation token is fetched once per process, not per evaluation.
    await deliverAndSettle(h, one.repo, "pull_request", pullRequestEvent(one.repo, one.pull));
    const warm = requestsFor(h.gh, one.repo).length;

    await deliverAndSettle(h, one.repo, "pull_request", pullRequestEvent(one.repo, one.pull));
    await deliverAndSettle(
      h,
      hundred.repo,
      "pull_request",
      pullRequestEvent(hundred.repo, hundred.pull),
    );

    const calls = {
      one: requestsFor(h.gh, one.repo).slice(warm),
      hundred: requestsFor(h.gh, hundred.repo),
    };
    const shape = (list: typeof calls.one) =>
      list.map((r) => `${r.method} ${r.route ?? r.path}`).join("\n");
    console.log(
      `API calls per evaluation: 1 item file → ${calls.one.length}, 100 item files → ${calls.hundred.length}\n${shape(calls.hundred)}`,
    );
    expect(hundred.repo.checkRuns[0]).toMatchObject({ conclusion: "success" });
    expect(calls.hundred.length).toBe(calls.one.length);
    expect(shape(calls.hundred)).toBe(shape(calls.one));
  });
});

describe("files a pull request adds", () => {
  const MB = 1_000_000;

  it("never downloads 20 files of 95 MB: each is file-too-large from the size GitHub declares", async () => {
    const huge = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `roadmap/huge-${i}.yaml`,
        { declaredSize: 95 * MB, pattern: "# filler\n" },
      ]),
    );
    const s = pullRequestScenario(h.gh, "huge-files", {
      head: { ...huge, "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1" }) },
    });
    const before = h.gh.bytesSent;
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
    const sent = h.gh.bytesSent - before;

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    const tooLarge = run!.output.annotations.filter((a) => a.title === "file-too-large");
    expect(tooLarge.map((a) => a.path).sort()).toEqual(Object.keys(huge).sort());
    expect(tooLarge[0]!.message).toContain("The file is 95000000 bytes; the limit is 1048576");
    // Nothing of them was sent: GitHub's answers for the whole evaluation stay small.
    expect(sent).toBeLessThan(200_000);
  });

  it("fails closed, reading nothing, when the files within the limit add up to more than 64 MiB", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [
        `roadmap/big-${i}.yaml`,
        { declaredSize: 1_000_000, pattern: "# filler\n" },
      ]),
    );
    const s = pullRequestScenario(h.gh, "many-files", { head: many });
    const before = h.gh.bytesSent;
    await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));

    const [run] = s.repo.checkRuns;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run!.output.summary).toContain("more than the 64 MiB one evaluation may read");
    expect(h.gh.bytesSent - before).toBeLessThan(200_000);
  });
});

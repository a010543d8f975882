import { describe, expect, it } from "vitest";
import type { FakeRepo } from "../support/fake-github/index.js";
import { itemYaml } from "./support/items.js";
import { issuesEvent, pushEvent } from "./support/payloads.js";
import { deliverAndSettle, useApp, waitFor, waitForQuiet } from "./support/harness.js";
import { freshRepo, requestsFor, writesFor } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

const h = useApp();
const MARKER = "<!-- roadmap-gate:checklist -->";
const BOT = "roadmap-gate[bot]";

function checklists(repo: FakeRepo, issue: number) {
  return repo.comments(issue).filter((c) => c.user.login === BOT && c.body.includes(MARKER));
}

async function send(repo: FakeRepo, event: string, payload: unknown) {
  const res = await deliver(h.app, event, payload);
  expect([200, 202]).toContain(res.status);
  if (res.status === 202) await waitForQuiet(h, repo);
  return res;
}

describe("the checklist comment on an issue", () => {
  it("is written once for the issue an item names, and edited in place when the item changes", async () => {
    const repo = freshRepo(h.gh, "tracked");
    repo.commit({
      "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 12, omitMetrics: ["latency"] }),
    });
    const issue = repo.addIssue({ number: 12, title: "Bulk export" });

    await send(repo, "issues", issuesEvent(repo, issue, "opened"));
    expect(checklists(repo, 12)).toHaveLength(1);
    const [comment] = checklists(repo, 12);
    expect(comment!.body.startsWith(MARKER)).toBe(true);
    expect(comment!.body).toContain("### ❌ FEAT-1 · Item FEAT-1");
    expect(comment!.body).toContain("- [ ] **Metric `latency`**");
    expect(comment!.body).toContain(
      "- [x] **Owner and domain experts**: @\u200dlee; experts @\u200dana",
    );
    expect(comment!.body).toContain(
      `(https://github.com/${repo.fullName}/blob/main/roadmap/feat-1.yaml)`,
    );

    const writes = writesFor(h.gh, repo).length;
    await send(repo, "issues", issuesEvent(repo, issue, "edited"));
    expect(writesFor(h.gh, repo)).toHaveLength(writes);

    repo.commit({
      "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 12, signOffs: ["@sam"] }),
    });
    await send(repo, "issues", issuesEvent(repo, issue, "edited"));
    expect(checklists(repo, 12)).toHaveLength(1);
    expect(checklists(repo, 12)[0]!.id).toBe(comment!.id);
    expect(checklists(repo, 12)[0]!.body).toContain("### ✅ FEAT-1 · Item FEAT-1");
    expect(
      writesFor(h.gh, repo)
        .slice(writes)
        .map((r) => r.method),
    ).toEqual(["PATCH"]);
  });

  it("stays one comment when deliveries for the same issue race", async () => {
    const repo = freshRepo(h.gh, "race");
    repo.commit({ "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 3 }) });
    const issue = repo.addIssue({ number: 3, title: "Race" });

    // Creating a comment is held until the three handlers have each looked for the checklist
    // (and found none): every handler looks before any has written. 10 s only guards a hang.
    const comments = new RegExp(`^/repos/${repo.fullName}/issues/3/comments$`);
    const looked = waitFor(
      () => h.gh.requestsTo("GET", comments).length >= 3,
      "every handler to look for the checklist",
      10_000,
    ).catch(() => undefined);
    h.gh.delay({ method: "POST", path: comments, ms: 10_000, until: looked });
    // Each opens or reopens: the actions that read the roadmap before any checklist exists.
    const results = await Promise.all(
      ["opened", "reopened", "opened"].map((action) =>
        deliver(h.app, "issues", issuesEvent(repo, issue, action)),
      ),
    ).finally(() => h.gh.clearFaults());
    expect(results.map((r) => r.status).every((s) => s === 200 || s === 202)).toBe(true);
    if (results.some((r) => r.status === 202)) await waitForQuiet(h, repo);

    expect(checklists(repo, 3)).toHaveLength(1);
    expect(repo.comments(3)).toHaveLength(1);
    // The race did happen: several replicas of the handler created one, the extras were deleted.
    // Replicas may both delete the same extra (the second is told 404): count comments, not calls.
    const writes = writesFor(h.gh, repo);
    const created = writes.filter((r) => r.method === "POST").length;
    const deleted = new Set(writes.filter((r) => r.method === "DELETE").map((r) => r.path));
    expect(created).toBeGreaterThan(1);
    expect(deleted.size).toBe(created - 1);
  });

  it("ignores a user's comment that quotes the marker and deletes a duplicate of its own", async () => {
    const repo = freshRepo(h.gh, "impostor");
    repo.commit({ "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 4 }) });
    const issue = repo.addIssue({ number: 4, title: "Impostor" });
    const impostor = repo.addComment(4, {
      login: "mallory",
      body: `${MARKER}\nall good, merge it`,
    });
    const first = repo.addComment(4, { login: BOT, body: `${MARKER}\nold` });
    const duplicate = repo.addComment(4, { login: BOT, body: `${MARKER}\nold` });

    await send(repo, "issues", issuesEvent(repo, issue, "edited"));

    expect(repo.comments(4).map((c) => c.id)).toEqual([impostor.id, first.id]);
    expect(impostor.body).toBe(`${MARKER}\nall good, merge it`);
    expect(first.body).toContain("FEAT-1");
    expect(duplicate.id).not.toBe(first.id);
  });

  it("gives each item that names the issue its own section of the one comment", async () => {
    const repo = freshRepo(h.gh, "shared");
    repo.commit({
      "roadmap/a.yaml": itemYaml({ id: "FEAT-1", issue: 5 }),
      "roadmap/b.yaml": itemYaml({ id: "FEAT-2", issue: 5, status: "proposed" }),
      "roadmap/c.yaml": itemYaml({ id: "FEAT-3", issue: 6 }),
    });
    const issue = repo.addIssue({ number: 5, title: "Shared" });

    await send(repo, "issues", issuesEvent(repo, issue, "opened"));

    expect(checklists(repo, 5)).toHaveLength(1);
    const body = checklists(repo, 5)[0]!.body;
    expect(body).toContain("FEAT-1 · Item FEAT-1");
    expect(body).toContain("FEAT-2 · Item FEAT-2");
    expect(body).not.toContain("FEAT-3");
    expect(body).toContain("`proposed` is not gated yet");
  });

  it("tells a labelled issue without an item how to add one", async () => {
    const repo = freshRepo(h.gh, "labelled");
    repo.commit({ "README.md": "#\n" });
    const issue = repo.addIssue({ number: 8, title: "Idea", labels: ["roadmap"] });

    await send(repo, "issues", issuesEvent(repo, issue, "labeled"));

    const [comment] = checklists(repo, 8);
    expect(comment!.body).toContain("no roadmap item names it yet");
    expect(comment!.body).toContain(
      `https://github.com/${repo.fullName}/issues/new?template=roadmap-item.yml`,
    );
  });

  it("checks the YAML block in a labelled issue's description while no item file exists", async () => {
    const repo = freshRepo(h.gh, "draft");
    repo.commit({ "README.md": "#\n" });
    const draft = itemYaml({ id: "FEAT-20", omit: ["risk_review"] });
    const issue = repo.addIssue({
      number: 9,
      title: "Draft",
      labels: ["roadmap"],
      body: `### Roadmap item\n\n\`\`\`yaml\n${draft}\`\`\`\n`,
    });

    await send(repo, "issues", issuesEvent(repo, issue, "opened"));

    const body = checklists(repo, 9)[0]!.body;
    expect(body).toContain("FEAT-20");
    expect(body).toContain("Draft in this issue's description");
    expect(body).toContain("- [x] **Slices**");
    expect(body).toContain("- [ ] **Risk review**");
    expect(body).toContain("`issue: 9`");
  });

  it("writes nothing on an issue that no item names and no label marks", async () => {
    const repo = freshRepo(h.gh, "unrelated");
    repo.commit({ "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 1 }) });
    const issue = repo.addIssue({ number: 2, title: "Bug" });

    await send(repo, "issues", issuesEvent(repo, issue, "opened"));

    expect(writesFor(h.gh, repo)).toEqual([]);
  });

  it("reads no item file when an issue that no label marks and no checklist shows is edited or labelled", async () => {
    const repo = freshRepo(h.gh, "irrelevant");
    repo.commit({
      "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 1 }),
      "roadmap/feat-2.yaml": itemYaml({ id: "FEAT-2", issue: 3 }),
    });
    const issue = repo.addIssue({ number: 2, title: "Bug", labels: ["bug"] });
    const before = requestsFor(h.gh, repo).length;

    await send(repo, "issues", issuesEvent(repo, issue, "edited"));
    await send(repo, "issues", issuesEvent(repo, issue, "labeled"));

    // The policy and the issue's comments, nothing of the roadmap (a tree or a GraphQL read).
    expect(
      requestsFor(h.gh, repo)
        .slice(before)
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual([
      `GET /repos/${repo.fullName}/contents/.github/roadmap-gate.yml`,
      `GET /repos/${repo.fullName}/issues/2/comments`,
      `GET /repos/${repo.fullName}/contents/.github/roadmap-gate.yml`,
      `GET /repos/${repo.fullName}/issues/2/comments`,
    ]);
    expect(writesFor(h.gh, repo)).toEqual([]);
  });

  it("still refreshes the checklist of an issue an item names when it is edited", async () => {
    const repo = freshRepo(h.gh, "named-edit");
    repo.commit({ "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 7 }) });
    const issue = repo.addIssue({ number: 7, title: "Named" });
    await send(repo, "issues", issuesEvent(repo, issue, "opened"));
    expect(checklists(repo, 7)).toHaveLength(1);
    const before = requestsFor(h.gh, repo).length;

    await send(repo, "issues", issuesEvent(repo, issue, "edited"));

    const reads = requestsFor(h.gh, repo).slice(before);
    expect(reads.some((r) => r.path.includes("/git/trees/"))).toBe(true);
    expect(checklists(repo, 7)).toHaveLength(1);
  });
});

describe("pushes to the default branch", () => {
  it("updates the checklists of the issues an item names, before and after the push", async () => {
    const repo = freshRepo(h.gh, "push");
    const before = repo.commit({ "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 1 }) });
    repo.addIssue({ number: 1, title: "Old home" });
    repo.addIssue({ number: 2, title: "New home" });
    repo.addComment(1, { login: BOT, body: `${MARKER}\nold checklist` });
    const after = repo.commit({ "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 2 }) });

    await send(repo, "push", pushEvent(repo, { before, after, modified: ["roadmap/feat-1.yaml"] }));

    expect(checklists(repo, 1)[0]!.body).toContain(
      "No roadmap item on `main` names this issue any more",
    );
    expect(checklists(repo, 2)).toHaveLength(1);
    expect(checklists(repo, 2)[0]!.body).toContain("FEAT-1");
  });

  it("ignores pushes to other branches and pushes that change no item", async () => {
    const repo = freshRepo(h.gh, "push-ignored");
    const before = repo.commit({ "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 1 }) });
    repo.addIssue({ number: 1, title: "Home" });
    const after = repo.commit({ "src/a.ts": "export {};\n" });

    await send(repo, "push", pushEvent(repo, { before, after, modified: ["src/a.ts"] }));
    await send(
      repo,
      "push",
      pushEvent(repo, {
        before,
        after,
        ref: "refs/heads/topic",
        modified: ["roadmap/feat-1.yaml"],
      }),
    );

    expect(writesFor(h.gh, repo)).toEqual([]);
  });
});

describe("the roadmap an issue checklist is built from", () => {
  const MB = 1_000_000;
  const declared = (count: number, bytes: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `roadmap/big-${i}.yaml`,
        { declaredSize: bytes, pattern: "# filler\n" },
      ]),
    );

  it("never downloads 20 files of 95 MB, and still writes the checklist of the item that names the issue", async () => {
    const repo = freshRepo(h.gh, "huge-roadmap");
    repo.commit({
      ...declared(20, 95 * MB),
      "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 12 }),
    });
    const issue = repo.addIssue({ number: 12, title: "Bulk export" });
    const before = h.gh.bytesSent;

    await deliverAndSettle(h, repo, "issues", issuesEvent(repo, issue, "opened"), {
      writes: "no check run",
    });

    const [comment] = repo.comments(12).filter((c) => c.body.includes(MARKER));
    expect(comment!.body).toContain("FEAT-1 · Item FEAT-1");
    expect(h.gh.bytesSent - before).toBeLessThan(200_000);
  });

  it("reads nothing and writes no checklist when the item files add up to more than 64 MiB", async () => {
    const repo = freshRepo(h.gh, "heavy-roadmap");
    repo.commit({
      ...declared(80, MB),
      "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", issue: 12 }),
    });
    const issue = repo.addIssue({ number: 12, title: "Bulk export" });
    const before = h.gh.bytesSent;

    await deliverAndSettle(h, repo, "issues", issuesEvent(repo, issue, "opened"), {
      writes: "no check run",
    });

    expect(repo.comments(12)).toEqual([]);
    // The log line reaches this process after the answer, through the app's stdout.
    const why = "more than the 64 MiB one evaluation may read from GitHub";
    await waitFor(() => h.app.output().includes(why), "the app to log why it read nothing", 5_000);
    expect(h.gh.bytesSent - before).toBeLessThan(200_000);
  });
});

import { describe, expect, it } from "vitest";
import { item, POLICY } from "../action/support/items.js";
import { pullRequestEvent } from "../action/support/payloads.js";
import {
  pullRequest,
  pushToPullRequest,
  repository,
  useFakeGitHub,
} from "../action/support/scenario.js";
import { finding, gateAsAction } from "./support/action-gate.js";

/**
 * Which sign-offs the Action's gate accepts on a pull request: core/gate's shared step in this
 * process, the real GitHub port against the fake GitHub. The built Action's run of the same
 * (annotation, exit code) is tests/action/sign-off.test.ts.
 */
const fake = useFakeGitHub();
const FILE = "roadmap/feat-1.yaml";

/** The message of the sign-off entry's reviewer that could not be verified. */
const unverified = (run: Awaited<ReturnType<typeof gateAsAction>>) =>
  finding(run, "signoff-unverified")?.message;

describe("verified sign-off in the Action's gate", () => {
  it("ignores an approval by the pull request's author of their own item", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull, head } = pullRequest(
      repo,
      base,
      { [FILE]: item("FEAT-1", { reviewers: ["@lee"] }) },
      { author: "lee" },
    );
    repo.addReview(7, { login: "lee", state: "APPROVED", commitId: head });
    repo.setPermission("lee", "admin");

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(unverified(run)).toContain(
      "@lee opened this pull request; an author cannot sign off their own item",
    );
  });

  it("treats an approval at an older commit of the changed item file as stale", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull, head: first } = pullRequest(repo, base, { [FILE]: item("FEAT-1") });
    repo.addReview(7, { login: "sam", state: "APPROVED", commitId: first });
    repo.setPermission("sam", "write");
    pushToPullRequest(repo, pull, { [FILE]: item("FEAT-1", { title: "Changed after approval" }) });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(unverified(run)).toContain(
      `@sam approved ${first.slice(0, 7)}, where ${FILE} differs from the head; the approval is stale for this item`,
    );
  });

  it("keeps an approval whose commit has the item file as it is at the head", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull, head: first } = pullRequest(repo, base, { [FILE]: item("FEAT-1") });
    repo.addReview(7, { login: "sam", state: "APPROVED", commitId: first });
    repo.setPermission("sam", "write");
    pushToPullRequest(repo, pull, { "docs/notes.md": "unrelated\n" });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("pass");
    expect(run.report).toMatchObject({ result: "pass", errors: 0 });
    expect(run.failure).toBeUndefined();
  });

  it("rejects an approval by someone the policy does not list", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: 'sign_off:\n  reviewers: ["@sam"]\n' });
    const { pull, head } = pullRequest(repo, base, {
      [FILE]: item("FEAT-1", { reviewers: ["@mallory"] }),
    });
    repo.addReview(7, { login: "mallory", state: "APPROVED", commitId: head });
    repo.setPermission("mallory", "admin");

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(unverified(run)).toContain("@mallory is not an authorised reviewer");
  });

  it("rejects an approval by someone without write access when the policy lists nobody", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull, head } = pullRequest(repo, base, {
      [FILE]: item("FEAT-1", { reviewers: ["@visitor"] }),
    });
    repo.addReview(7, { login: "visitor", state: "APPROVED", commitId: head });
    repo.setPermission("visitor", "read");

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(unverified(run)).toContain("@visitor is not an authorised reviewer");
  });

  it("keeps verifying when verify-sign-off is false but the policy asks for it", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "sign_off:\n  verify: true\n" });
    const { pull } = pullRequest(repo, base, { [FILE]: item("FEAT-1") });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull), {
      verifySignOff: "false",
    });

    expect(run.verdict.verdict).toBe("fail");
    expect(finding(run, "signoff-unverified")?.file).toBe(FILE);
  });

  it("judges sign-offs as written when both the input and the policy turn verification off", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "sign_off:\n  verify: false\n" });
    const { pull } = pullRequest(repo, base, { [FILE]: item("FEAT-1") });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull), {
      verifySignOff: "false",
    });

    expect(run.verdict.verdict).toBe("pass");
    expect(run.report.notices).toContain(
      "Sign-offs were not verified against GitHub reviews here; they are judged as written.",
    );
    expect(run.requests.filter((r) => /\/reviews$/.test(r.path))).toEqual([]);
  });

  it("rejects a reviewer listed by name who no longer has write access", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: 'sign_off:\n  reviewers: ["@sam"]\n' });
    const { pull, head } = pullRequest(repo, base, { [FILE]: item("FEAT-1") });
    repo.addReview(7, { login: "sam", state: "APPROVED", commitId: head });

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(unverified(run)).toContain(
      "@sam is not an authorised reviewer (listed in sign_off.reviewers, but has none access; signing off needs write access)",
    );
  });

  it("rejects a bot's approval (user type Bot) even with write access", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: 'sign_off:\n  reviewers: ["@sam"]\n' });
    const { pull, head } = pullRequest(repo, base, { [FILE]: item("FEAT-1") });
    repo.addReview(7, { login: "sam", state: "APPROVED", commitId: head, type: "Bot" });
    repo.setPermission("sam", "write");

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("fail");
    expect(unverified(run)).toContain("@sam is a bot; a bot's approval never counts");
  });

  it("asks about approving reviewers only, never about the 2,000 names a file lists", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const madeUp = Array.from({ length: 2000 }, (_, i) => `@made-up-${i}`);
    const { pull, head } = pullRequest(repo, base, {
      [FILE]: item("FEAT-1", { reviewers: [...madeUp, "@sam"] }),
    });
    repo.addReview(7, { login: "sam", state: "APPROVED", commitId: head });
    repo.setPermission("sam", "write");

    const run = await gateAsAction(gh, repo.fullName, pullRequestEvent(repo, pull));

    expect(run.verdict.verdict).toBe("pass");
    const permissionCalls = run.requests.filter((r) =>
      /\/collaborators\/[^/]+\/permission$/.test(r.path),
    );
    expect(permissionCalls.map((r) => r.path)).toEqual([
      `/repos/${repo.fullName}/collaborators/sam/permission`,
    ]);
  });
});

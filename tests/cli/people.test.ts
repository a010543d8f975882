import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { JsonReport } from "../../core/format/json.js";
import { startFakeGitHub, type FakeGitHub } from "../support/fake-github/index.js";
import { octoPeople, peopleItem, peopleLookups } from "../support/people-items.js";
import { runMain, tempRepo, TODAY } from "./cli-harness.js";

const NOW = new Date(`${TODAY}T12:00:00Z`);
const POLICY = ".github/roadmap-gate.yml";

describe("the CLI's people checks, against the fake GitHub over HTTP", () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    octoPeople(gh);
  });
  afterAll(() => gh.close());
  beforeEach(() => {
    gh.clearRequests();
    gh.addOrg("octo", ["lee", "ana", "sam", "lee-new"]);
  });

  async function validate(files: Record<string, string>, args: string[], env = {}) {
    const { repo } = await tempRepo({ [POLICY]: "live:\n  people: fail\n", ...files });
    const run = await runMain(
      ["validate", "--format", "json", "--today", TODAY, ...args],
      repo,
      NOW,
      {
        env,
      },
    );
    return { run, report: JSON.parse(run.stdout || "{}") as JsonReport };
  }
  const url = () => `${gh.url}/octo/roadmap`;
  const people = (report: JsonReport) =>
    report.findings
      .filter((f) => f.ruleId.startsWith("person-"))
      .map((f) => [f.ruleId, f.level, f.file, f.line, f.column, f.message]);

  it("finds outside users, renamed accounts, bots and unknown teams, asking once per distinct handle", async () => {
    const { run, report } = await validate(
      {
        "roadmap/a.yaml": peopleItem({ id: "FEAT-1", experts: ["@eve", "@old-lee", "@ANA"] }),
        "roadmap/b.yaml": peopleItem({
          id: "FEAT-2",
          owner: "@Lee",
          experts: ["@deploy-bot", "@octo/risk", "@octo/rsik"],
        }),
      },
      ["--github-url", url(), "--github-token", "ghp_cli"],
    );

    expect(people(report)).toEqual([
      [
        "person-not-member",
        "error",
        "roadmap/a.yaml",
        7,
        20,
        "team.domain_experts[0] @eve of FEAT-1 is not a member of the octo organisation",
      ],
      [
        "person-unknown",
        "error",
        "roadmap/a.yaml",
        7,
        28,
        "team.domain_experts[1] @old-lee of FEAT-1 is not a GitHub user: GitHub answers 404 for that login (a typo, or an account renamed since)",
      ],
      [
        "person-unknown",
        "error",
        "roadmap/b.yaml",
        7,
        20,
        "team.domain_experts[0] @deploy-bot of FEAT-2 is a GitHub bot, not a person",
      ],
      [
        "person-unknown",
        "error",
        "roadmap/b.yaml",
        7,
        49,
        "team.domain_experts[2] @octo/rsik of FEAT-2 is not a team of octo: GitHub answers 404 for it",
      ],
    ]);
    expect(run.code).toBe(1);
    // What the owner is, then one lookup per distinct handle (a member in one call; others in two).
    expect(peopleLookups(gh).sort()).toEqual(
      [
        "/users/octo",
        "/orgs/octo/members/lee",
        "/orgs/octo/members/ANA",
        "/orgs/octo/members/sam",
        "/orgs/octo/members/eve",
        "/users/eve",
        "/orgs/octo/members/old-lee",
        "/users/old-lee",
        "/orgs/octo/members/deploy-bot",
        "/users/deploy-bot",
        "/orgs/octo/teams/risk",
        "/orgs/octo/teams/rsik",
      ].sort(),
    );
    expect(report.findings.map((f) => f.ruleId)).not.toContain("live-check-unavailable");
  });

  it("with a token that gets 302 on members says once which permission is missing, never 'not a member'", async () => {
    gh.addOrg("octo", ["lee", "ana", "sam"]).blind = 302;
    const { report } = await validate(
      {
        "roadmap/a.yaml": peopleItem({ id: "FEAT-1", owner: "@eve" }),
        "roadmap/b.yaml": peopleItem({ id: "FEAT-2", owner: "@eve" }),
      },
      ["--github-url", url()],
      { GITHUB_TOKEN: "ghp_from_env" },
    );

    expect(people(report)).toEqual([
      [
        "person-unverifiable",
        "note",
        "roadmap/a.yaml",
        4,
        8,
        "Membership in octo could not be checked, starting with owner @eve of FEAT-1: GitHub redirects to public members only (302): the token's user is not a member of the organisation; no handle was judged outside the organisation",
      ],
    ]);
    expect(gh.requestsTo("GET", /public_members/)).toEqual([]);
  });

  it("with a token that gets 404 for every member says the same, never 'not a member'", async () => {
    gh.addOrg("octo", ["lee", "ana", "sam"]).blind = 404;
    const { report } = await validate(
      { "roadmap/a.yaml": peopleItem({ id: "FEAT-1", owner: "@eve" }) },
      ["--github-url", url(), "--github-token", "ghp_cli"],
    );

    expect(people(report).map((f) => f.slice(0, 2))).toEqual([["person-unverifiable", "note"]]);
  });

  it("sends the token and never prints it", async () => {
    const { run } = await validate({ "roadmap/a.yaml": peopleItem({ id: "FEAT-1" }) }, [
      "--github-url",
      url(),
      "--github-token",
      "ghp_SecretThatMustNotShow",
    ]);
    expect(gh.requests[0]!.headers.authorization).toBe("token ghp_SecretThatMustNotShow");
    expect(run.stdout + run.stderr).not.toContain("ghp_SecretThatMustNotShow");
  });

  it("without --github-url looks nobody up under warn, says so once, and fails each item under fail", async () => {
    const { repo } = await tempRepo({
      [POLICY]: "live:\n  people: warn\n",
      "roadmap/a.yaml": peopleItem({ id: "FEAT-1" }),
    });
    const warned = await runMain(["validate", "--format", "json", "--today", TODAY], repo, NOW, {
      env: { GITHUB_TOKEN: "ghp_unused" },
    });
    const report = JSON.parse(warned.stdout) as JsonReport;
    expect(warned.code).toBe(0);
    expect(report.notices).toContain(
      "live.people is on, but no handle was looked up: there is no GitHub token here (CLI: --github-token or GITHUB_TOKEN, with --github-url).",
    );
    expect(gh.requests).toEqual([]);

    const failed = await validate({ "roadmap/a.yaml": peopleItem({ id: "FEAT-1" }) }, []);
    expect(people(failed.report)).toEqual([
      [
        "person-unverifiable",
        "error",
        "roadmap/a.yaml",
        4,
        8,
        "GitHub did not answer for owner @lee of FEAT-1, so its people were not all checked: there is no GitHub token here (CLI: --github-token or GITHUB_TOKEN, with --github-url), and live.people is fail",
      ],
    ]);
    expect(failed.run.code).toBe(1);
  });

  it("refuses a token without a URL, and a URL that is not a repository's", async () => {
    const { repo } = await tempRepo({ "roadmap/a.yaml": peopleItem({ id: "FEAT-1" }) });
    const noUrl = await runMain(["validate", "--github-token", "x"], repo, NOW);
    expect(noUrl).toMatchObject({ code: 2 });
    expect(noUrl.stderr).toContain("--github-token needs --github-url");
    const bad = await runMain(
      ["validate", "--github-url", "ftp://example.com/a/b", "--github-token", "x"],
      repo,
      NOW,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--github-url must be a repository's address");
  });
});

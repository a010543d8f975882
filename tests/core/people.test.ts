import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { evaluate } from "../../core/evaluate.js";
import { formatMarkdown } from "../../core/format/markdown.js";
import { checkPeople, NO_GITHUB_PEOPLE_NOTICE } from "../../core/people/check-people.js";
import type { PeoplePort } from "../../core/people/gather-people-facts.js";
import type { Policy } from "../../core/policy/policy.js";
import { MemoryPort } from "../pull-request/memory-port.js";
import { at, policy } from "./support/evaluate.js";
import { item, itemData, TODAY } from "./support/item.js";

/** The org's members and accounts as GitHub has them for these tests (org "octo"). */
function github(): MemoryPort {
  const port = new MemoryPort();
  port.accounts = { lee: "User", ana: "User", sam: "User", eve: "User", octo: "Organization" };
  port.orgMembers = { octo: ["lee", "ana", "sam"] };
  port.teams = { "octo/risk": ["sam"] };
  return port;
}

const live = (people: "warn" | "fail", more: Record<string, unknown> = {}) =>
  policy({ live: { people, ...more } });

/** Looks up the people of the files, then judges them: what a surface does. */
async function judge(
  files: Record<string, string>,
  options: { port?: PeoplePort; policy?: Policy; ownerIsOrg?: boolean | "ask" } = {},
) {
  const p = options.policy ?? live("warn");
  const items = Object.entries(files).map(([file, text]) => ({
    file,
    data: parse(text) as Record<string, unknown>,
  }));
  const people = await checkPeople(options.port, items, p, {
    ownerIsOrg: options.ownerIsOrg === "ask" ? undefined : (options.ownerIsOrg ?? true),
  });
  const report = evaluate({
    files: Object.entries(files).map(([path, content]) => ({ path, content })),
    policy: p,
    today: TODAY,
    people: people.facts,
  });
  return { report, notices: people.notices, people: report.findings.filter(isPeople) };
}

const isPeople = (f: { ruleId: string }) => f.ruleId.startsWith("person-");
const F = "roadmap/feat-1.yaml";

describe("people are real (SPEC section 9.3)", () => {
  it("passes members, asking once each, and nothing else", async () => {
    const port = github();
    const text = item({ team: { domain_experts: ["@ana", "@Lee"] } });

    const run = await judge({ [F]: text }, { port });

    expect(run.people).toEqual([]);
    expect(port.calls.sort()).toEqual([
      "orgMembership:octo/ana",
      "orgMembership:octo/lee",
      "orgMembership:octo/sam",
    ]);
  });

  it("finds a user outside the organisation, a renamed account, a bot and an organisation, each at its handle", async () => {
    const port = github();
    const text = item({
      owner: "@eve",
      team: { domain_experts: ["@old-name", "@deploy-bot", "@octo"] },
    });
    port.accounts["deploy-bot"] = "Bot";

    const run = await judge({ [F]: text }, { port, policy: live("fail") });

    expect(run.people).toEqual([
      {
        ruleId: "person-not-member",
        level: "error",
        file: F,
        ...at(text, '"@eve"'),
        message: "owner @eve of FEAT-1 is not a member of the octo organisation",
        hint: "Name a current member of octo; outside experts belong in team.external.",
      },
      {
        ruleId: "person-unknown",
        level: "error",
        file: F,
        ...at(text, '"@old-name"'),
        message:
          "team.domain_experts[0] @old-name of FEAT-1 is not a GitHub user: GitHub answers 404 for that login (a typo, or an account renamed since)",
        hint: "Write the person's current GitHub login: a renamed account's old login is not redirected.",
      },
      expect.objectContaining({
        ruleId: "person-unknown",
        ...at(text, '"@deploy-bot"'),
        message: "team.domain_experts[1] @deploy-bot of FEAT-1 is a GitHub bot, not a person",
      }),
      expect.objectContaining({
        ruleId: "person-unknown",
        ...at(text, '"@octo"'),
        message: "team.domain_experts[2] @octo of FEAT-1 is a GitHub organisation, not a person",
      }),
    ]);
  });

  it("checks teams of the organisation, and names a team of another one", async () => {
    const port = github();
    const text = item({ team: { domain_experts: ["@octo/risk", "@octo/rsik", "@acme/risk"] } });

    const run = await judge({ [F]: text }, { port });

    expect(run.people.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      [
        "person-unknown",
        at(text, '"@octo/rsik"').line,
        "team.domain_experts[1] @octo/rsik of FEAT-1 is not a team of octo: GitHub answers 404 for it",
      ],
      [
        "person-not-member",
        at(text, '"@acme/risk"').line,
        "team.domain_experts[2] @acme/risk of FEAT-1 is a team of another organisation than octo",
      ],
    ]);
    expect(port.calls).not.toContain("teamExists:acme/risk");
  });

  it("looks each distinct handle up once across items, at most 4 at a time", async () => {
    const logins = Array.from({ length: 30 }, (_, i) => `user-${i}`);
    const port = github();
    for (const l of logins) port.accounts[l] = "User";
    port.orgMembers = { octo: [...logins, "lee", "ana", "sam"] };
    let inFlight = 0;
    let most = 0;
    const counted: PeoplePort = {
      owner: "octo",
      account: (l) => port.account(l),
      teamExists: (o, s) => port.teamExists(o, s),
      async orgMembership(org, login) {
        most = Math.max(most, ++inFlight);
        await Promise.resolve();
        await Promise.resolve();
        inFlight--;
        return port.orgMembership(org, login);
      },
    };
    const files = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `roadmap/feat-${i + 1}.yaml`,
        item({
          id: `FEAT-${i + 1}`,
          team: { domain_experts: logins.slice(i, i + 11).map((l) => `@${l.toUpperCase()}`) },
        }),
      ]),
    );

    const run = await judge(files, { port: counted });

    expect(run.people).toEqual([]);
    // 30 users + @lee (owner) + @sam (reviewer); @ana is no longer named.
    expect(port.calls).toHaveLength(32);
    expect(new Set(port.calls).size).toBe(32);
    expect(most).toBe(4);
  });

  it("says once, as a note, that a token redirected (302) cannot see members: never a false non-member", async () => {
    const port = github();
    port.orgMembers = { octo: { hidden: 302 } };
    const files = {
      "roadmap/feat-1.yaml": item({ owner: "@eve" }),
      "roadmap/feat-2.yaml": item({ id: "FEAT-2", owner: "@eve" }),
    };

    const run = await judge(files, { port });

    expect(run.people).toEqual([
      {
        ruleId: "person-unverifiable",
        level: "note",
        file: "roadmap/feat-1.yaml",
        ...at(files["roadmap/feat-1.yaml"], '"@eve"'),
        message:
          "Membership in octo could not be checked, starting with owner @eve of FEAT-1: GitHub redirects to public members only (302): the token's user is not a member of the organisation; no handle was judged outside the organisation",
        hint: "Give the token Organization members: read (GitHub App), a fine-grained token's Members (read), or read:org for a member's classic token; a workflow's GITHUB_TOKEN cannot see members.",
      },
    ]);
  });

  it("reads a 404 for everyone (no member ever confirmed) as hidden, and still finds unknown logins", async () => {
    const port = github();
    port.orgMembers = { octo: [] };
    const text = item({ owner: "@eve", team: { domain_experts: ["@nobody"] } });

    const run = await judge({ [F]: text }, { port });

    expect(run.people.map((f) => [f.ruleId, f.level, f.line])).toEqual([
      ["person-unverifiable", "note", at(text, '"@eve"').line],
      ["person-unknown", "warning", at(text, '"@nobody"').line],
    ]);
    expect(run.people[0]!.message).toContain("GitHub answers 404 to every lookup");
  });

  it("asks accounts only, not membership, without members_only or in a user's repository", async () => {
    for (const [p, ownerIsOrg] of [
      [live("warn", { members_only: false }), true],
      [live("warn"), false],
    ] as const) {
      const port = github();
      const run = await judge({ [F]: item({ owner: "@eve" }) }, { port, policy: p, ownerIsOrg });
      expect(run.people).toEqual([]);
      expect(port.calls.sort()).toEqual(["account:ana", "account:eve", "account:sam"]);
    }
  });

  it("asks what the owner is when the surface does not say", async () => {
    const port = github();
    const run = await judge({ [F]: item() }, { port, ownerIsOrg: "ask" });
    expect(run.people).toEqual([]);
    expect(port.calls[0]).toBe("account:octo");
  });

  it("says per item that GitHub did not answer: a warning, an error under live.unreachable: fail", async () => {
    for (const [unreachable, level] of [
      ["warn", "warning"],
      ["fail", "error"],
    ] as const) {
      const port = github();
      port.unanswered.add("lee");
      port.unanswered.add("ana");
      const text = item();
      const run = await judge({ [F]: text }, { port, policy: live("warn", { unreachable }) });
      expect(run.people).toEqual([
        expect.objectContaining({
          ruleId: "person-unverifiable",
          level,
          ...at(text, '"@lee"'),
          message: expect.stringMatching(
            /^GitHub did not answer for owner @lee of FEAT-1, so its people were not all checked: GET \/orgs\/octo\/members\/lee could not be reached$/,
          ),
        }),
      ]);
    }
  });

  it("without a GitHub token says so once under warn, and holds each item under fail", async () => {
    const files = { [F]: item(), "roadmap/feat-2.yaml": item({ id: "FEAT-2" }) };
    const warned = await judge(files, { port: undefined });
    expect(warned.notices).toEqual([NO_GITHUB_PEOPLE_NOTICE]);
    expect(warned.people).toEqual([]);

    const failed = await judge(files, {
      port: undefined,
      policy: live("fail", { unreachable: "fail" }),
    });
    expect(failed.people.map((f) => [f.ruleId, f.level, f.file])).toEqual([
      ["person-unverifiable", "error", F],
      ["person-unverifiable", "error", "roadmap/feat-2.yaml"],
    ]);
  });

  it("does nothing when live.people is off", async () => {
    const port = github();
    const run = await judge({ [F]: item({ owner: "@eve" }) }, { port, policy: policy() });
    expect(run.people).toEqual([]);
    expect(run.notices).toEqual([]);
    expect(port.calls).toEqual([]);
  });

  it("names the handles of every field that names people", async () => {
    const port = github();
    port.accounts = {};
    const data = itemData({
      owner: "@o1",
      team: {
        domain_experts: ["@e1"],
        pairings: [{ senior: "@s1", junior: "@j1", area: "x" }],
      },
    });
    (data.risk_review as { risks: Record<string, unknown>[] }).risks[0]!.owner = "@r1";
    const run = await judge(
      { [F]: stringify(data) },
      { port, policy: live("warn", { members_only: false }) },
    );
    expect(run.people.map((f) => f.message.split(" of ")[0])).toEqual([
      "owner @o1",
      "team.domain_experts[0] @e1",
      "team.pairings[0].senior @s1",
      "team.pairings[0].junior @j1",
      "risk_review.risks[0].owner @r1",
      "risk_review.sign_off[0].reviewer @sam",
    ]);
  });
});

describe("the report's people", () => {
  it("fills each item's people (PersonView) and the markdown people column, only when they were looked up", async () => {
    const port = github();
    const files = {
      "roadmap/feat-1.yaml": item(),
      "roadmap/feat-2.yaml": item({
        id: "FEAT-2",
        owner: "@eve",
        team: { domain_experts: ["@nobody"] },
      }),
    };

    const { report } = await judge(files, { port });
    expect(report.items[1]!.people).toEqual([
      { handle: "@eve", role: "owner", state: "not-member", reason: "not a member of octo" },
      {
        handle: "@nobody",
        role: "domain expert",
        state: "unknown",
        reason: "no such user on GitHub",
      },
      { handle: "@sam", role: "reviewer", state: "ok" },
    ]);
    const markdown = formatMarkdown(report);

    expect(markdown).toContain("| item | title | status | verdict | sign-offs | people | file |");
    expect(markdown).toContain("| ✅ 3/3 found | `roadmap/feat-1.yaml` |");
    expect(markdown).toContain(
      "| ❌ 1/3 found<br>@\u200deve (owner): not a member<br>@\u200dnobody (domain expert): no such user or team | `roadmap/feat-2.yaml` |",
    );
    const off = await judge(files, { port, policy: policy() });
    expect(off.report.items[0]!.people).toBeUndefined();
    expect(formatMarkdown(off.report)).toContain(
      "| item | title | status | verdict | sign-offs | file |",
    );
  });
});

// The people checks (SPEC 9.3): 1,000 items naming 300 distinct people, looked up through the real
// GitHub port (Octokit over HTTP) against the fake GitHub on 127.0.0.1. Counts the calls sent
// (one per distinct member; an outsider costs two) and the wall time of lookups + judging.
// Run only this section: npm run bench -- --only people
import { getOctokit } from "@actions/github";
import { parse } from "yaml";
import { evaluate } from "../../core/evaluate.js";
import { checkPeople } from "../../core/people/check-people.js";
import { checkedPolicy, mergePolicy } from "../../core/load/load-policy.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { createGitHubPort } from "../../github/github-port.js";
import type { OctokitClient } from "../../github/octokit-client.js";
import { startFakeGitHub } from "../../tests/support/fake-github/index.js";
import { peopleItem, peopleLookups } from "../../tests/support/people-items.js";
import type { BenchContext, Section } from "../section.js";
import { percentile } from "../support/stats.js";

const ITEMS = 1000;
const PEOPLE = 300;

const section: Section = {
  name: "people",
  async run(context: BenchContext) {
    const title = `People checks: ${ITEMS} items naming ${PEOPLE} distinct people (fake GitHub on 127.0.0.1)`;
    const gh = await startFakeGitHub();
    try {
      const logins = Array.from({ length: PEOPLE }, (_, i) => `person-${i}`);
      const person = (i: number) => `@${logins[i % PEOPLE]!}`;
      const files = Array.from({ length: ITEMS }, (_, i) => ({
        path: `roadmap/feat-${i}.yaml`,
        content: peopleItem({
          id: `FEAT-${i}`,
          owner: person(i),
          experts: [person(i * 7 + 1), person(i * 13 + 2)],
          reviewer: person(i * 31 + 3),
        }),
      }));
      const items = files.map((f) => ({
        file: f.path,
        data: parse(f.content) as Record<string, unknown>,
      }));
      const { policy } = checkedPolicy(
        "bench",
        mergePolicy(defaultPolicy(), { live: { people: "warn" } }),
      );
      if (!policy) throw new Error("the bench policy is not valid");
      const octokit = getOctokit("bench-token", { baseUrl: gh.url }) as unknown as OctokitClient;
      const port = createGitHubPort(octokit, { owner: "octo", repo: "roadmap" });
      const once = async (outsiders: number) => {
        gh.addOrg("octo", logins.slice(outsiders));
        for (const l of logins.slice(0, outsiders)) gh.addAccount(l);
        gh.clearRequests();
        const start = performance.now();
        const people = await checkPeople(port, items, policy, { ownerIsOrg: true });
        const report = evaluate({ files, policy, today: "2026-11-25", people: people.facts });
        const ms = performance.now() - start;
        const found = report.findings.filter((f) => f.ruleId === "person-not-member").length;
        if ((found === 0) !== (outsiders === 0))
          throw new Error(`expected findings only with outsiders, got ${found}`);
        return { ms, calls: peopleLookups(gh).length };
      };
      const reps = context.smoke ? 1 : 5;
      await once(0); // warm-up: connections, JIT
      const rows: (string | number)[][] = [];
      const data: Record<string, unknown> = {};
      for (const outsiders of [0, 30]) {
        const runs = [];
        for (let i = 0; i < reps; i++) runs.push(await once(outsiders));
        const ms = runs.map((r) => r.ms);
        const calls = runs[0]!.calls;
        rows.push([
          outsiders === 0
            ? `${PEOPLE} members`
            : `${PEOPLE - outsiders} members, ${outsiders} outsiders`,
          calls,
          percentile(ms, 50).toFixed(0),
          percentile(ms, 95).toFixed(0),
        ]);
        data[`outsiders-${outsiders}`] = {
          calls,
          p50Ms: percentile(ms, 50),
          p95Ms: percentile(ms, 95),
        };
      }
      return {
        title,
        tables: [{ columns: ["people", "calls sent", "p50 ms", "p95 ms"], rows }],
        notes: [
          `${reps} runs each after a warm-up; 4 lookups at once; includes judging the ${ITEMS} items.`,
          "A member is one call (GET /orgs/{org}/members/{login}: 204); an outsider two (then GET /users/{login}).",
        ],
        data,
      };
    } finally {
      await gh.close();
    }
  },
};

export default section;

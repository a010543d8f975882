import { describe, expect, it } from "vitest";
import { PEOPLE_CACHE_ENTRIES, PEOPLE_CACHE_MS, PeopleCache } from "../../app/people-cache.js";
import { MemoryPort } from "../pull-request/memory-port.js";

function setup() {
  let now = 0;
  const cache = new PeopleCache(() => now);
  const port = new MemoryPort();
  port.accounts = { ana: "User" };
  port.orgMembers = { octo: ["ana"] };
  return { cache, port, tick: (ms: number) => (now += ms) };
}

describe("the App's installation-wide people cache", () => {
  it("answers the same question from the cache for 10 minutes, then asks again", async () => {
    const { cache, port, tick } = setup();
    const cached = cache.wrap(port, 1);

    expect(await cached.orgMembership("octo", "ana")).toEqual({ state: "member" });
    tick(PEOPLE_CACHE_MS - 1);
    expect(await cached.orgMembership("octo", "ANA")).toEqual({ state: "member" });
    expect(port.calls).toEqual(["orgMembership:octo/ana"]);
    tick(1);
    await cached.orgMembership("octo", "ana");
    expect(port.calls).toHaveLength(2);
  });

  it("never serves one installation's answers to another, nor keeps a failure", async () => {
    const { cache, port } = setup();
    await cache.wrap(port, 1).account("ana");
    await cache.wrap(port, 2).account("ana");
    port.unanswered.add("bob");
    await expect(cache.wrap(port, 1).account("bob")).rejects.toThrow();
    await expect(cache.wrap(port, 1).account("bob")).rejects.toThrow();
    expect(port.calls).toEqual(["account:ana", "account:ana", "account:bob", "account:bob"]);
  });

  it(`keeps at most ${PEOPLE_CACHE_ENTRIES} answers, dropping the oldest`, async () => {
    const { cache, port } = setup();
    const cached = cache.wrap(port, 1);
    for (let i = 0; i <= PEOPLE_CACHE_ENTRIES; i++) await cached.teamExists("octo", `t${i}`);
    port.calls = [];
    await cached.teamExists("octo", `t${PEOPLE_CACHE_ENTRIES}`);
    await cached.teamExists("octo", "t0");
    expect(port.calls).toEqual(["teamExists:octo/t0"]);
  });
});

import { describe, expect, it } from "vitest";
import { pullRequestEvent } from "./support/payloads.js";
import { useApp, waitFor, waitForQuiet } from "./support/harness.js";
import { approvedItemPullRequest } from "./support/scenario.js";
import { deliver } from "./support/webhooks.js";

// The real Probot server: events for one pull request that arrive while it is being judged.
const h = useApp();

describe("events for a pull request that is being judged", () => {
  it("fold into one more evaluation: 5 pushes during one evaluation make 2 check runs, not 6", async () => {
    const s = approvedItemPullRequest(h.gh, "folded");
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
    expect((await first).status).toBe(200);
    await waitForQuiet(h, s.repo);

    expect(s.repo.checkRuns.map((r) => [r.status, r.conclusion])).toEqual([
      ["completed", "success"],
      ["completed", "success"],
    ]);
  });
});

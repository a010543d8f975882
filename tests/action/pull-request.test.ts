import { describe, expect, it } from "vitest";
import { brokenItem, item, POLICY } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { annotations, runAction, TOKEN, writes } from "./support/run-action.js";
import { approveAsReviewer, pullRequest, repository, useFakeGitHub } from "./support/scenario.js";

const fake = useFakeGitHub();

describe("the Action on a pull request", () => {
  it.each(["pull_request", "pull_request_target"] as const)(
    "passes a pull request whose new item an authorised reviewer approved (%s)",
    async (name) => {
      const gh = fake();
      const { repo, base } = repository(gh, {
        [POLICY]: "",
        "roadmap/feat-1.yaml": item("FEAT-1"),
      });
      const { pull } = pullRequest(repo, base, { "roadmap/feat-2.yaml": item("FEAT-2") });
      approveAsReviewer(repo, pull);

      const run = await runAction({
        gh,
        repo: repo.fullName,
        event: pullRequestEvent(repo, pull, { name }),
      });

      expect(run.stderr).toBe("");
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ result: "pass", errors: "0", warnings: "0", items: "2" });
      expect(annotations(run, "error")).toEqual([]);
      expect(run.summary).toContain("## ✅ roadmap-gate: pass");
      expect(run.summary).toContain(
        "| FEAT-2 | Item FEAT-2 | planned | ✅ pass | ✅ @\u200dsam approved",
      );
      expect(run.sarif?.runs[0]?.results).toEqual([]);
      expect(writes(run)).toEqual([]);
      expect(run.stdout.replace(`::add-mask::${TOKEN}`, "")).not.toContain(TOKEN);
    },
  );

  it("annotates each finding of a broken item at its file, line and column, and fails", async () => {
    const gh = fake();
    const { repo, base } = repository(gh, { [POLICY]: "" });
    const { pull } = pullRequest(repo, base, { "roadmap/feat-3.yaml": brokenItem("FEAT-3") });
    approveAsReviewer(repo, pull);

    const run = await runAction({ gh, repo: repo.fullName, event: pullRequestEvent(repo, pull) });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: "fail", errors: "3", items: "1" });
    expect(annotations(run, "error").slice(0, 3)).toEqual(
      ["pipeline_reliability", "error_budget", "latency"].map((kind) => ({
        command: "error",
        properties: { file: "roadmap/feat-3.yaml", line: "1", col: "1", title: "metric-missing" },
        message: expect.stringContaining(kind) as string,
      })),
    );
    expect(annotations(run, "error").at(-1)?.message).toBe(
      "roadmap-gate: 3 errors, 0 warnings in 1 item.",
    );
  });
});

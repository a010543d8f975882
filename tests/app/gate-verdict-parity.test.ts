import { describe, expect, it } from "vitest";
import { pullRequestEvent as actionPullRequestEvent } from "../action/support/payloads.js";
import { annotations, runAction } from "../action/support/run-action.js";
import { deliverAndSettle, useApp } from "./support/harness.js";
import { itemYaml } from "./support/items.js";
import { pullRequestEvent } from "./support/payloads.js";
import { POLICY_PATH, pullRequestScenario, type PullRequestScenario } from "./support/scenario.js";

/**
 * The Action and the App make one decision (core/gate-verdict.ts): the same pull request gets
 * the same verdict and the same findings on both, run for real against one fake GitHub.
 */
const h = useApp();

async function bothSurfaces(s: PullRequestScenario) {
  // Returns once the app took the delivery and this pull request's run is written and completed.
  await deliverAndSettle(h, s.repo, "pull_request", pullRequestEvent(s.repo, s.pull));
  const check = s.repo.checkRuns.at(-1)!;
  const action = await runAction({
    gh: h.gh,
    repo: s.repo.fullName,
    event: actionPullRequestEvent(s.repo, s.pull),
  });
  // The step's own failure message is an error annotation without a rule.
  const rules = (titles: (string | undefined)[]) =>
    [...new Set(titles.filter((t) => t !== undefined))].sort();
  return {
    app: {
      conclusion: check.conclusion,
      rules: rules(check.output.annotations.map((a) => a.title)),
      messages: check.output.annotations.map((a) => a.message),
    },
    action: {
      exitCode: action.exitCode,
      rules: rules(annotations(action, "error").map((a) => a.properties.title)),
      messages: annotations(action, "error").map((a) => a.message),
    },
  };
}

function item(name: string, base: Record<string, string>, signOffs = ["@sam"]) {
  return pullRequestScenario(h.gh, name, {
    base,
    head: { "roadmap/feat-1.yaml": itemYaml({ id: "FEAT-1", signOffs }) },
  });
}

describe("the Action and the App give one verdict", () => {
  it("fail closed on a reviewer whose authority cannot be read, even under enforcement: warn", async () => {
    h.gh.addTeam("octo-org", "parity-risk", ["sam"], { forbidden: true });
    const s = item("parity-authority", {
      [POLICY_PATH]: 'enforcement: warn\nsign_off:\n  reviewers: ["@octo-org/parity-risk"]\n',
    });
    s.repo.addReview(7, { login: "sam", state: "APPROVED", commitId: s.headSha });

    const { app, action } = await bothSurfaces(s);

    expect(app.conclusion).toBe("failure");
    expect(action.exitCode).toBe(1);
    expect(app.rules).toContain("signoff-authority-unknown");
    expect(action.rules).toContain("signoff-authority-unknown");
  });

  it("say the policy cannot be read when its path is a directory, never use the default", async () => {
    const s = item("parity-directory", { [`${POLICY_PATH}/base.yml`]: "enforcement: warn\n" });

    const { app, action } = await bothSurfaces(s);

    expect(app.conclusion).toBe("failure");
    expect(action.exitCode).toBe(1);
    expect(action.rules).toEqual(["policy-invalid"]);
    const message = "The policy file cannot be read: it is a directory or a submodule, not a file";
    expect(action.messages).toContainEqual(expect.stringContaining(message));
    expect(s.repo.checkRuns.at(-1)!.output.summary).toContain(message);
  });

  it("let an item's own errors through under enforcement: warn (neutral check, passing step)", async () => {
    const s = item("parity-warn", { [POLICY_PATH]: "enforcement: warn\n" }, []);

    const { app, action } = await bothSurfaces(s);

    expect(app.conclusion).toBe("neutral");
    expect(action.exitCode).toBe(0);
    expect(action.rules).toEqual(app.rules);
    expect(app.rules).toContain("signoff-approvals");
  });
});

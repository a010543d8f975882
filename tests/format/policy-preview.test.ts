import { describe, expect, it } from "vitest";
import { policyPreview } from "../../core/format/policy-preview.js";

describe("policyPreview", () => {
  it("lists the items a new policy would fail as item, file and errors, escaping user text", () => {
    const preview = policyPreview({
      findings: [],
      removed: false,
      wouldFail: [
        { id: "FEAT-1", file: "roadmap/feat-1.yaml", errors: 2 },
        { id: "a|b", file: "roadmap/pipe.yaml", errors: 1 },
        { file: "roadmap/no-id.yaml", errors: 1 },
      ],
    });

    expect(preview).toBe(
      "### Policy change preview\n\n" +
        "This pull request changes the policy. It is judged by the base branch's policy; the new one applies once it is merged.\n\n" +
        "Under the new policy 3 existing items would fail:\n\n" +
        "| item | file | errors |\n|---|---|---|\n" +
        "| FEAT-1 | `roadmap/feat-1.yaml` | 2 |\n" +
        "| a\\|b | `roadmap/pipe.yaml` | 1 |\n" +
        "| — | `roadmap/no-id.yaml` | 1 |\n\n",
    );
  });

  it("shows at most 50 rows and says how many more there are", () => {
    const wouldFail = Array.from({ length: 53 }, (_, i) => ({
      id: `FEAT-${i}`,
      file: `roadmap/feat-${i}.yaml`,
      errors: 1,
    }));

    const preview = policyPreview({ findings: [], removed: true, wouldFail });

    expect(preview).toContain("This pull request removes the policy.");
    expect(preview).toContain("| FEAT-49 | `roadmap/feat-49.yaml` | 1 |\n");
    expect(preview).not.toContain("| FEAT-50 |");
    expect(preview).toContain("\n… and 3 more.\n");
  });
});

import { describe, expect, it, vi } from "vitest";
import { proposedItem, runMain, tempRepo } from "./cli-harness.js";

// The fast reader, replaced by one that says it was asked: off means it is never asked.
vi.mock("../../core/parse/block-yaml.js", () => ({
  parseBlockYaml: () => {
    throw new Error("the fast reader was asked");
  },
}));

describe("ROADMAP_GATE_FAST_READER", () => {
  it("turns the fast reader off for `validate`", async () => {
    const { repo } = await tempRepo({ "roadmap/a.yaml": proposedItem("FEAT-1") });
    const on = await runMain(["validate"], repo);
    expect(on.stdout).toContain("the fast reader was asked");
    const off = await runMain(["validate"], repo, undefined, {
      env: { ROADMAP_GATE_FAST_READER: "off" },
    });
    expect(off).toMatchObject({ code: 0 });
    expect(off.stdout).not.toContain("the fast reader was asked");
  });
});

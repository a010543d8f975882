import { describe, expect, it } from "vitest";
import { issueBodyItem } from "../../core/checklist/issue-body-item.js";
import { cpuTimed } from "../support/cpu-time.js";

/** The pattern the draft was once read with: right, but quadratic in unclosed fences. */
const QUADRATIC = /^ {0,3}(`{3,}|~{3,})[ \t]*ya?ml\b[^\n]*\n([\s\S]*?)^ {0,3}\1[`~]*[ \t]*$/im;

function reference(body: string): string | undefined {
  const yaml = QUADRATIC.exec(body)?.[2];
  return yaml === undefined || yaml.trim() === "" ? undefined : yaml;
}

/** A small random generator (mulberry32), so a failure reproduces from its seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "```",
  "````",
  "~~~",
  "~~~~",
  "yaml",
  "YML",
  "yamlx",
  " ",
  "  ",
  "    ",
  "\t",
  "x: 1",
  "`",
  "~",
  "\n",
  "\n",
  "\n",
];

describe("the draft in an issue's description", () => {
  it("is the block the old pattern found, in 20,000 random descriptions of fences", () => {
    const next = random(19);
    for (let n = 0; n < 20_000; n++) {
      let body = "";
      const length = 1 + Math.floor(next() * 30);
      for (let i = 0; i < length; i++) body += PIECES[Math.floor(next() * PIECES.length)];
      expect(issueBodyItem(body, 1)?.content, JSON.stringify(body)).toBe(reference(body));
    }
  });

  it("takes the first block that is closed, after an unclosed longer fence", () => {
    const body = "````yaml\na: 1\n```yml\nb: 2\n```\n````\n";
    expect(issueBodyItem(body, 4)).toEqual({
      path: "issue #4 description",
      content: "a: 1\n```yml\nb: 2\n```\n",
    });
    expect(issueBodyItem("```yaml\na: 1\n~~~\n~~~yaml\nb: 2\n~~~~ \n", 4)?.content).toBe("b: 2\n");
  });

  it("reads 256 KB of unclosed fences in linear time (the pattern took 1 s of CPU for 64 KB, 16 s here)", () => {
    const body = `${"```yaml\n".repeat(32_768)}id: FEAT-1\n`;
    const { value, ms } = cpuTimed(() => issueBodyItem(body, 5));
    expect(value).toBeUndefined();
    const closed = cpuTimed(() => issueBodyItem(`${body}\`\`\`\n`, 5));
    expect(closed.value?.content).toBe(`${"```yaml\n".repeat(32_767)}id: FEAT-1\n`);
    expect(ms + closed.ms).toBeLessThan(250);
  });
});

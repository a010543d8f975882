import { describe, expect, it } from "vitest";
import { itemValidator } from "../../core/item/item-validator.js";
import { parseText } from "../../core/parse/parse-document.js";
import { loadPolicy } from "../../core/load/load-policy.js";
import { defaultPolicy } from "../../core/policy/policy.js";
import { cpuTimed } from "../support/cpu-time.js";
import { at, evaluateOne, FILE, finding } from "./support/evaluate.js";
import { item, itemData } from "./support/item.js";

/**
 * Inputs within the documented limits that once took seconds to minutes, or crashed, because one
 * stage was quadratic (or worse) in them. Each test asserts the whole answer. A test of a stage
 * that was quadratic bounds its CPU time at a size where the old code took several times the
 * bound and the linear one takes a tenth of it or less (cpu-time.ts: CPU, not wall, so a busy
 * machine does not fail it); the others use a size past the old stack overflow or memory blow-up.
 */

/**
 * CPU milliseconds for each size below: at most 0.6 s here (the first test compiles), and from
 * 6 to 12 s by the old code's figures (n² from the size each was found at).
 */
const BOUND_MS = 2_500;

const POLICY = ".github/roadmap-gate.yml";

describe("the policy loader", () => {
  it("reads a policy under two banners of 30 `#` (was 95 s)", () => {
    const banner = "#".repeat(30);
    const text = `${banner}\n${banner}\nsign_off:\n  min_approvals: 2\n`;
    const { policy, findings } = loadPolicy({ path: POLICY, content: text });
    expect(findings).toEqual([]);
    expect(policy!.sign_off.min_approvals).toBe(2);
  });

  it("takes a file of banners only as all defaults", () => {
    const banner = "#".repeat(40);
    const text = `${banner}\n  ${banner}\n\n${banner}`;
    expect(loadPolicy({ path: POLICY, content: text })).toEqual({
      policy: defaultPolicy(),
      document: {},
      findings: [],
    });
  });
});

describe("the position locator", () => {
  it("finds keys after a quoted title continued on a line of 200,000 spaces (was 33 s)", () => {
    const title = `title: "Bulk CSV\nexport${" ".repeat(200_000)}now\n  for everyone"`;
    const text = item({ owner: "lee" }).replace("title: Bulk CSV export", title);
    expect(evaluateOne(text).findings).toEqual([
      finding({ ruleId: "handle-format", file: FILE, ...at(text, "owner: |lee"), message: "lee" }),
    ]);
  });

  it("reads a line of 200,000 spaces at a mapping's indent in one pass (was 85 s)", () => {
    const tags = `x-tags: [a,\nb${" ".repeat(200_000)}c]`;
    const text = item({ owner: "lee" }).replace("title: Bulk CSV export", `$&\n${tags}`);
    expect(evaluateOne(text).findings).toEqual([
      finding({ ruleId: "handle-format", file: FILE, ...at(text, "owner: |lee"), message: "lee" }),
    ]);
  });
});

describe("shape findings", () => {
  it("reports 6,000 badly named metrics once each, and nothing about the mapping, in linear time (20,000 took 78 s)", () => {
    const count = 6_000;
    const keys = Array.from({ length: count }, (_, i) => `  Metric${i}: 1`).join("\n");
    const text = item().replace("metrics:\n", `metrics:\n${keys}\n`);
    const first = at(text, "  |Metric0:").line;
    const expected = Array.from({ length: count }, (_, i) => [
      finding({
        ruleId: "key-format",
        file: FILE,
        line: first + i,
        column: 3,
        message: `\`Metric${i}\` in \`metrics\` is not a snake_case kind`,
      }),
      finding({
        ruleId: "wrong-type",
        file: FILE,
        line: first + i,
        column: `  Metric${i}: `.length + 1,
        message: `\`metrics.Metric${i}\` in FEAT-1 must be a mapping`,
      }),
    ]).flat();
    const { value, ms } = cpuTimed(() => evaluateOne(text));
    expect(value.findings).toEqual(expected);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe("many findings in one file", () => {
  /** An item whose domain experts are `count` names without `@`, on one line. */
  function expertsItem(count: number): { text: string; columns: number[] } {
    const names = Array.from({ length: count }, (_, i) => `h${i.toString(36)}`);
    const text = item().replace(
      / {2}domain_experts:\n {4}- "@ana"/,
      `  domain_experts: [${names.join(",")}]`,
    );
    const start = "  domain_experts: [".length + 1;
    const columns: number[] = [];
    let column = start;
    for (const name of names) {
      columns.push(column);
      column += name.length + 1;
    }
    return { text, columns };
  }

  it("keeps every error of 50,000 bad handles, in order, in linear time (ajv's merging was quadratic: 32 s for 100,000)", () => {
    const count = 50_000;
    const data = itemData({
      team: { domain_experts: Array.from({ length: count }, (_, i) => `h${i}`) },
    });
    const validate = itemValidator();
    const { value, ms } = cpuTimed(() => validate(data));
    expect(value).toBe(false);
    const paths = validate.errors!.map((e) => e.instancePath);
    expect(paths).toEqual(Array.from({ length: count }, (_, i) => `/team/domain_experts/${i}`));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("reports 160,000 findings in one file (push(...findings) overflowed the stack)", () => {
    const { text, columns } = expertsItem(160_000);
    const line = at(text, "domain_experts").line;
    const found = evaluateOne(text).findings;
    expect(found).toHaveLength(160_000);
    expect(
      found.every(
        (f, i) => f.ruleId === "handle-format" && f.line === line && f.column === columns[i],
      ),
    ).toBe(true);
    expect(found[159_999]).toEqual(
      finding({
        ruleId: "handle-format",
        file: FILE,
        line,
        column: columns[159_999]!,
        message: `"h${(159_999).toString(36)}" is not a GitHub handle`,
      }),
    );
  });
});

describe("the slice graph", () => {
  /** An item of proposed status with the given slices, written one per line in flow style. */
  function slicesItem(slices: string[]): string {
    const head = ["apiVersion: roadmap-gate/v1", "id: FEAT-1", "title: t", 'owner: "@lee"'];
    return (
      [...head, "status: proposed", "slices:", ...slices.map((s) => `  - ${s}`)].join("\n") + "\n"
    );
  }

  it("takes 40,000 dependencies of one slice in linear time (a list copy per dependency: 78 s for 100,000)", () => {
    const deps = Array<string>(40_000).fill("a").join(",");
    const text = slicesItem([
      "{id: a, value: v, acceptance: t}",
      `{id: b, value: v, acceptance: t, depends_on: [${deps}]}`,
    ]);
    const { value, ms } = cpuTimed(() => evaluateOne(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.findings).toEqual([
      finding({
        ruleId: "duplicate-entry",
        file: FILE,
        ...at(text, "depends_on: |[a"),
        message: "lists the same entry twice",
      }),
    ]);
  });

  it("names the known slices once, not in every hint of 3,000 unknown dependencies", () => {
    const count = 3_000;
    const slices = Array.from(
      { length: count },
      (_, i) => `{id: s${i}, value: v, acceptance: t, depends_on: [x${i}]}`,
    );
    const text = slicesItem(slices);
    const { value: found, ms } = cpuTimed(() => evaluateOne(text).findings);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(found).toHaveLength(count);
    const ids = Array.from({ length: 20 }, (_, i) => `s${i}`).join(", ");
    expect(found[count - 1]).toEqual({
      ...finding({
        ruleId: "slice-dependency-unknown",
        file: FILE,
        line: 6 + count,
        column: `  - {id: s${count - 1}, value: v, acceptance: t, depends_on: [`.length + 1,
        message: `Slice \`s${count - 1}\` depends on \`x${count - 1}\`, which FEAT-1 does not have`,
      }),
      hint: `Use one of: ${ids} (and ${count - 20} more).`,
    });
  });
});

describe("the slice dependency cycle search", () => {
  function chain(count: number, closing: boolean): string {
    const lines = [
      "apiVersion: roadmap-gate/v1",
      "id: FEAT-1",
      "title: t",
      'owner: "@lee"',
      "status: proposed",
      "slices:",
    ];
    for (let i = 0; i < count; i++) {
      const dep = i + 1 < count ? `s${i + 1}` : closing ? "s0" : undefined;
      lines.push(`  - {id: s${i}, value: v, acceptance: t${dep ? `, depends_on: [${dep}]` : ""}}`);
    }
    return lines.join("\n") + "\n";
  }

  it("finds the cycle through 12,000 chained slices (6,000 overflowed the stack)", () => {
    const count = 12_000;
    const text = chain(count, true);
    const found = evaluateOne(text).findings;
    const cycles = found.filter((f) => f.ruleId === "slice-dependency-cycle");
    const path = [...Array.from({ length: count }, (_, i) => `s${i}`), "s0"].join(" → ");
    expect(cycles).toEqual([
      finding({
        ruleId: "slice-dependency-cycle",
        file: FILE,
        ...at(text, "depends_on: |[s1]"),
        message: `in a cycle: ${path}`,
      }),
    ]);
    // Every slice but the last depends on a later one; the last closes the cycle on an earlier one.
    expect(found.filter((f) => f.ruleId === "slice-dependency-order")).toHaveLength(count - 1);
  });

  it("finds no cycle in 12,000 chained slices that end", () => {
    const found = evaluateOne(chain(12_000, false)).findings;
    expect(found.map((f) => f.ruleId)).toEqual(
      Array<string>(12_000 - 1).fill("slice-dependency-order"),
    );
  });
});

describe("anchors, aliases and merge keys", () => {
  /** A valid item, then `x-notes` with `count` keys: a mapping no schema looks into. */
  function manyNotes(count: number, head = ""): string {
    const notes = Array.from({ length: count }, (_, i) => `  n${i.toString(36)}: 1`).join("\n");
    return `${head}${item()}x-notes:\n${notes}\n`;
  }

  it("reads 30,000 keys with `&`, `*` and `<<` in a comment and a title in linear time (a quadratic path: 11 s for 40,000)", () => {
    const text = manyNotes(30_000, "# R&D, *fast* << slow\n").replace(
      "title: Bulk CSV export",
      "title: Bulk CSV export for R&D, *fast*",
    );
    const { value, ms } = cpuTimed(() => evaluateOne(text));
    expect(value.findings).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("finds a duplicate among 30,000 keys in a file with anchors and aliases, in linear time", () => {
    const text = manyNotes(30_000).replace('- "@ana"', '- &ana "@ana"') + "  n0: *ana\n";
    const { value, ms } = cpuTimed(() => evaluateOne(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.findings).toEqual([
      finding({
        ruleId: "duplicate-key",
        file: FILE,
        ...at(text, "  |n0: *ana"),
        message: "twice",
      }),
    ]);
  });

  it("reads `<<` as a key like any other, with or without aliases", () => {
    const plain = item() + "<<: {x: 1}\n";
    const aliased = item().replace("team:", "team: &team") + "<<: *team\n";
    for (const text of [plain, aliased])
      expect(evaluateOne(text).findings).toEqual([
        finding({
          ruleId: "unknown-key",
          file: FILE,
          ...at(text, "\n|<<:"),
          message: "Unknown key `<<`",
        }),
      ]);
  });

  it("stops 1 MiB of `[` after an anchor at the depth limit (was 647 MB)", () => {
    const text = "a: &x " + "[".repeat(1024 * 1024 - 10) + "\n";
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "too-deep",
        file: FILE,
        line: 1,
        column: 6 + 64,
        message: "deeper than 64 levels",
      }),
    ]);
  });

  it("stops 99 aliases of a 4,000-entry list (99 of a 400,000-entry list passed, at 480 MB)", () => {
    let text = item() + `x-list: &list [${Array<string>(4_000).fill("1").join(",")}]\n`;
    for (let i = 0; i < 99; i++) text += `x-alias-${i}: *list\n`;
    expect(evaluateOne(text).findings).toEqual([
      finding({
        ruleId: "alias-bomb",
        file: FILE,
        line: 1,
        column: 1,
        message: "repeat more than 100,000 values",
      }),
    ]);
  });

  it("accepts aliases that repeat up to 100,000 values", () => {
    let text =
      item().replace("team:", "team: &team") +
      `x-list: &list [${Array<string>(1_000).fill("1").join(",")}]\n`;
    for (let i = 0; i < 90; i++) text += `x-alias-${i}: *list\n`;
    text += Array.from({ length: 1000 }, (_, i) => `x-team-${i}: *team`).join("\n") + "\n";
    expect(evaluateOne(text).findings).toEqual([]);
  });

  it.each([
    [
      "that stack deeper than 64 levels",
      Array.from({ length: 70 }, (_, i) =>
        i === 0 ? "l0: &l0 [1]" : `l${i}: &l${i} [*l${i - 1}]`,
      ).join("\n"),
    ],
    ["to a list that holds itself", "a: &a [1, *a]"],
    ["to a mapping that holds itself", "a: &a {b: *a}"],
  ])("refuses aliases %s as too deep", (_name, text) => {
    expect(evaluateOne(text + "\n").findings).toEqual([
      finding({
        ruleId: "too-deep",
        file: FILE,
        line: 1,
        column: 1,
        message: "deeper than 64 levels",
      }),
    ]);
  });
});

describe("one value for a scalar, whichever reader reads the file", () => {
  const readers: [string, (value: string) => string][] = [
    ["the block reader", (value) => `issue: ${value}\n`],
    ["js-yaml", (value) => `issue: ${value}\nx-flow: {a: 1}\n`],
    ["js-yaml, with anchors", (value) => `issue: ${value}\nx-a: &a 1\nx-b: *a\n`],
  ];
  it.each([
    ["0b1110", 14],
    ["-0b11", -3],
    ["0x1F", 31],
    ["-0x1F", -31],
    ["0o17", 15],
    ["+12", 12],
    ["1e3", 1000],
    [".inf", Infinity],
    ["Null", null],
    ["TRUE", true],
    ["0b102", "0b102"],
    ["1_000", "1_000"],
  ])("reads %s as %s", (value, expected) => {
    for (const [, write] of readers) {
      const parsed = parseText(write(value), false);
      expect(parsed).toMatchObject({ ok: true, data: { issue: expected } });
    }
  });
});

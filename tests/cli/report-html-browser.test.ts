import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatHtml } from "../../core/format/html.js";
import type { JsonReport } from "../../core/format/json.js";
import type { ItemReport } from "../../core/report.js";
import { item, report } from "../format/report-builder.js";
import { chromiumInstalled, launchChromium } from "../support/chromium.js";
import { proposedItem, REPO, runMain, tempRepo, TODAY } from "./cli-harness.js";

/**
 * The HTML report as a reader sees it: Debian's Chromium, headless, loads the page from a file as
 * GitHub Pages would serve it, and the test reads the rendered text, not the markup.
 */
describe.skipIf(!chromiumInstalled)("the HTML report in a real browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows every item, its numbers and each slice graph, with no error and no request", async () => {
    const dir = await mkdtemp(join(tmpdir(), "roadmap-gate-html-"));
    const page = join(dir, "index.html");
    const args = ["--config", "examples/.github/roadmap-gate.yml", "--today", TODAY];
    const html = await runMain(["report", ...args, "--format", "html", "--output", page], REPO);
    expect(html.code).toBe(0);
    const json = JSON.parse((await runMain(["report", ...args, "--format", "json"], REPO)).stdout);
    const { items, findings, errors, warnings } = json as JsonReport;

    const seen = await open(browser, page);
    const rows = await cellTexts(seen.page);
    expect(rows).toHaveLength(items.length);
    items.forEach((it, i) => {
      const [name, status, verdict] = rows[i]!;
      expect(name).toContain(`${it.id} ${it.title}`);
      expect(name).toContain(it.file);
      expect(status).toBe(it.status);
      const words = { pass: "✔ pass", fail: "✘ fail", "not-gated": "– not gated" } as const;
      expect(verdict).toContain(words[it.verdict as keyof typeof words]);
      if (it.errors > 0) expect(verdict).toContain(`${it.errors} error`);
      if (it.warnings > 0) expect(verdict).toContain(`${it.warnings} warning`);
    });
    const tiles = await seen.page.locator(".tiles li").allInnerTexts();
    expect(tiles[0]).toBe(`${items.length} items`);
    expect(tiles[1]).toBe(`${items.filter((i) => i.verdict === "fail").length} failing`);
    expect(await seen.page.innerText("header p")).toBe(
      `${errors} errors, ${warnings} warning${warnings === 1 ? "" : "s"} in ${items.length} items`,
    );
    expect(await seen.page.locator("#findings tbody tr").count()).toBe(findings.length);

    const sliced = items.filter((i) => i.slices.length > 0);
    const graphs = await inPage<Graph[]>(
      seen.page,
      `Array.from(document.querySelectorAll("figure svg.slices"), (svg) => ({
        slices: svg.querySelectorAll("g.slice").length,
        edges: svg.querySelectorAll("path.edge").length,
        width: svg.getBoundingClientRect().width,
        label: document.getElementById(svg.getAttribute("aria-labelledby"))?.innerText,
      }))`,
    );
    expect(graphs).toEqual(
      sliced.map((i) => ({
        slices: i.slices.length,
        edges: i.slices.reduce((n, s) => n + s.dependsOn.length, 0),
        width: expect.any(Number),
        label: `Slice graph of ${i.id} · ${i.title} (${i.slices.length} slice${i.slices.length === 1 ? "" : "s"})`,
      })),
    );
    for (const g of graphs) expect(g.width).toBeGreaterThan(100);
    expect(seen.problems).toEqual([]);
    expect(seen.requests).toEqual([pathToFileURL(page).href]);
    await seen.page.close();
  });

  it("shows a hostile title and slice as text and runs none of it", async () => {
    const title = `<img src=x onerror="document.title='pwned'">`;
    const value = `<script>document.title='pwned'</script>`;
    const { repo } = await tempRepo({
      "roadmap/a.yaml": `${proposedItem("FEAT-1", JSON.stringify(title))}slices:\n  - { id: one, value: ${JSON.stringify(value)}, acceptance: x }\n`,
    });
    const run = await runMain(["report", "--format", "html", "--today", TODAY], repo);
    const page = join(repo, "report.html");
    await writeFile(page, run.stdout);

    const seen = await open(browser, page);
    expect(await seen.page.title()).toBe("roadmap-gate: pass");
    expect(await seen.page.locator("img, script, iframe").count()).toBe(0);
    expect(await seen.page.innerText("#health tbody th")).toContain(`FEAT-1 ${title}`);
    expect(await seen.page.locator("svg.slices g.slice title").textContent()).toBe(`one: ${value}`);
    expect(seen.problems).toEqual([]);
    expect(seen.requests).toHaveLength(1);
    await seen.page.close();
  });

  it("shows 1,000 items' live numbers, 'not checked' where none, and colours backed by words", async () => {
    const items = Array.from({ length: 1_000 }, (_, i) => liveItem(i));
    const page = join(await mkdtemp(join(tmpdir(), "roadmap-gate-html-")), "index.html");
    await writeFile(page, formatHtml(report({ items })));

    const seen = await open(browser, page);
    const rows = await cellTexts(seen.page);
    expect(rows).toHaveLength(1_000);
    rows.forEach(([name, , , people, metrics, data], i) => {
      expect(name).toContain(`FEAT-${i} Item ${i}`);
      if (i % 10 === 9) {
        expect([people, metrics, data]).toEqual([
          `@owner-${i}\n– people: not checked`,
          "latency p95 <= 300ms over 7d\n– measured: not checked",
          "– not checked",
        ]);
        return;
      }
      const ms = 250 + i / 8;
      const state = ms > 300 ? "breached" : "met";
      expect(metrics).toBe(
        `latency p95 <= 300ms over 7d\n${state === "met" ? "✔" : "✘"} ${ms} ms over 7d: ${state}\n` +
          `${i % 100 >= 50 ? "✔" : "⚠"} ${i % 100}% of the 28d error budget left`,
      );
      expect(data).toBe(
        i % 5 === 0
          ? '✘ no: 1 of 2 queries returns no data\n✘ no data logging (signal): up{job="a"}'
          : "✔ yes: 2 of 2 queries return data",
      );
      expect(people).toBe(
        i % 7 === 0
          ? `@owner-${i}\n✘ 1 of 2 people found\n✘ @gone-${i} (domain expert): not a member`
          : `@owner-${i}\n✔ 2 of 2 people found`,
      );
    });
    // Colour repeats what the words say: a breached value is red, a met one green.
    const colours = await inPage<[string, string][]>(
      seen.page,
      `Array.from(document.querySelectorAll("#health .g.bad, #health .g.good"), (s) =>
        [s.className, getComputedStyle(s).color])`,
    );
    expect(new Set(colours.map(([c, rgb]) => `${c} ${rgb}`))).toEqual(
      new Set(["g good rgb(26, 127, 55)", "g bad rgb(207, 34, 46)"]),
    );
    const tiles = await seen.page.locator(".tiles li").allInnerTexts();
    const live = Array.from({ length: 1_000 }, (_, i) => i).filter((i) => i % 10 !== 9);
    expect(tiles.slice(2)).toEqual([
      `${live.filter((i) => 250 + i / 8 > 300).length} objectives breached`,
      `${live.filter((i) => i % 5 === 0).length} queries without data`,
      `${live.filter((i) => i % 7 === 0).length} people not found`,
    ]);
    expect(seen.problems).toEqual([]);
    expect(seen.requests).toHaveLength(1);
    await seen.page.close();
  });
});

/** Item i: latency 250 + i/8 ms over 7d, (i % 100)% of its budget left; every tenth is not checked. */
function liveItem(i: number): ItemReport {
  const metric = { kind: "latency", objective: "p95 <= 300ms", window: "7d" };
  if (i % 10 === 9)
    return item({ id: `FEAT-${i}`, title: `Item ${i}`, owner: `@owner-${i}`, metrics: [metric] });
  const ms = 250 + i / 8;
  return item({
    id: `FEAT-${i}`,
    title: `Item ${i}`,
    owner: `@owner-${i}`,
    metrics: [
      {
        ...metric,
        slo: { name: "latency", status: "found" },
        measured: { state: ms > 300 ? "breached" : "met", value: ms, unit: "ms", window: "7d" },
      },
    ],
    budgets: [
      {
        metric: "latency",
        slo: "latency",
        service: "api",
        window: "28d",
        remaining: (i % 100) / 100,
        state: "ok",
      },
    ],
    instrumentation: [
      { source: "metric", kind: "latency", query: "rate(x[1h])", state: "data" },
      {
        source: "signal",
        kind: "logging",
        query: 'up{job="a"}',
        state: i % 5 === 0 ? "no-data" : "data",
      },
    ],
    people: [
      { handle: `@owner-${i}`, role: "owner", state: "ok" },
      { handle: `@gone-${i}`, role: "domain expert", state: i % 7 === 0 ? "not-member" : "ok" },
    ],
  });
}

/**
 * What a script in the page returns. Given as text: the tests' TypeScript has no DOM types, so
 * that nothing in core/ can lean on a browser by mistake.
 */
async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

/** Each row of the health table, as the text a reader sees in each of its cells. */
function cellTexts(page: Page): Promise<string[][]> {
  return inPage(
    page,
    `Array.from(document.querySelectorAll("#health tbody tr"), (tr) =>
      Array.from(tr.children, (cell) => cell.innerText))`,
  );
}

interface Graph {
  slices: number;
  edges: number;
  width: number;
  label: string | undefined;
}

interface Seen {
  page: Page;
  /** Console errors and uncaught exceptions. */
  problems: string[];
  /** Every request the page made, its own file included. */
  requests: string[];
}

async function open(browser: Browser, file: string): Promise<Seen> {
  const page = await browser.newPage();
  const seen: Seen = { page, problems: [], requests: [] };
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") seen.problems.push(m.text());
  });
  page.on("pageerror", (e) => seen.problems.push(e.message));
  page.on("request", (r) => seen.requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return seen;
}

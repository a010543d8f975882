import { paginated } from "../pagination.js";
import type { CheckRunAnnotation, FakeCheckRun } from "../records.js";
import type { FakeRepo } from "../repo.js";
import {
  asRecord,
  json,
  notFound,
  unprocessable,
  type RouteContext,
  type RouteResponse,
} from "../router.js";
import { numberParam, repoRoute } from "./repo-route.js";

const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_OUTPUT_CHARS = 65_535;
const STATUSES = ["queued", "in_progress", "completed", "waiting", "requested", "pending"];
const CONCLUSIONS = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "stale",
  "timed_out",
];

export const checkRoutes = [
  repoRoute("POST", "/check-runs", create),
  repoRoute("PATCH", "/check-runs/:id", update),
  repoRoute("GET", "/check-runs/:id", (ctx, repo) => {
    const run = repo.checkRuns.find((r) => r.id === numberParam(ctx, "id"));
    return run ? json(200, checkRunJson(ctx, repo, run)) : notFound();
  }),
  repoRoute("GET", "/check-runs/:id/annotations", (ctx, repo) => {
    const run = repo.checkRuns.find((r) => r.id === numberParam(ctx, "id"));
    return run
      ? paginated(
          ctx,
          run.output.annotations.map((a) => ({ ...a, blob_href: "" })),
        )
      : notFound();
  }),
  repoRoute("GET", "/commits/:ref/check-runs", list),
];

function create(ctx: RouteContext, repo: FakeRepo): RouteResponse {
  const body = asRecord(ctx.body);
  if (typeof body.name !== "string" || body.name === "") return unprocessable("name is missing");
  if (typeof body.head_sha !== "string" || !repo.commits.has(body.head_sha)) {
    return unprocessable("No commit found for SHA: " + String(body.head_sha));
  }
  const run: FakeCheckRun = {
    id: ctx.state.nextId(),
    name: body.name,
    head_sha: body.head_sha,
    status: "queued",
    conclusion: null,
    external_id: null,
    details_url: null,
    started_at: ctx.state.now(),
    completed_at: null,
    output: { title: null, summary: null, text: null, annotations: [] },
    actions: [],
    createdBy: ctx.actor,
    writes: [],
  };
  const invalid = apply(ctx, run, body);
  if (invalid) return invalid;
  repo.checkRuns.push(run);
  return json(201, checkRunJson(ctx, repo, run));
}

function update(ctx: RouteContext, repo: FakeRepo): RouteResponse {
  const run = repo.checkRuns.find((r) => r.id === numberParam(ctx, "id"));
  if (!run) return notFound();
  const draft: FakeCheckRun = structuredClone(run);
  const invalid = apply(ctx, draft, asRecord(ctx.body));
  if (invalid) return invalid;
  Object.assign(run, draft);
  return json(200, checkRunJson(ctx, repo, run));
}

/** Applies a create or update body as GitHub does: annotations accumulate, the rest replaces. */
function apply(
  ctx: RouteContext,
  run: FakeCheckRun,
  body: Record<string, unknown>,
): RouteResponse | undefined {
  for (const key of ["name", "external_id", "details_url", "started_at", "completed_at"] as const) {
    if (typeof body[key] === "string") run[key] = body[key];
  }
  if (body.status !== undefined) {
    if (!STATUSES.includes(String(body.status)))
      return unprocessable(`status ${String(body.status)} is not valid`);
    run.status = body.status as FakeCheckRun["status"];
  }
  if (body.conclusion !== undefined) {
    if (!CONCLUSIONS.includes(String(body.conclusion))) {
      return unprocessable(`conclusion ${String(body.conclusion)} is not valid`);
    }
    run.conclusion = String(body.conclusion);
    run.status = "completed";
  }
  if (run.status === "completed") {
    if (run.conclusion === null)
      return unprocessable("conclusion is required when status is completed");
    run.completed_at ??= ctx.state.now();
  }
  if (body.output !== undefined) {
    const output = asRecord(body.output);
    if (typeof output.title !== "string") return unprocessable("output.title is missing");
    if (typeof output.summary !== "string") return unprocessable("output.summary is missing");
    for (const key of ["summary", "text"] as const) {
      const value = output[key];
      if (typeof value === "string" && value.length > MAX_OUTPUT_CHARS) {
        return unprocessable(
          `output.${key} is too long (maximum is ${MAX_OUTPUT_CHARS} characters)`,
        );
      }
    }
    run.output.title = output.title;
    run.output.summary = output.summary;
    if (typeof output.text === "string") run.output.text = output.text;
    const annotations = Array.isArray(output.annotations) ? output.annotations : [];
    if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
      return unprocessable(`output.annotations has more than ${MAX_ANNOTATIONS_PER_REQUEST} items`);
    }
    for (const annotation of annotations) {
      const problem = annotationProblem(asRecord(annotation));
      if (problem) return unprocessable(problem);
      run.output.annotations.push(annotation as CheckRunAnnotation);
    }
  }
  if (Array.isArray(body.actions)) run.actions = body.actions;
  run.writes.push(body);
  return undefined;
}

function annotationProblem(a: Record<string, unknown>): string | undefined {
  for (const key of ["path", "message", "annotation_level"]) {
    if (typeof a[key] !== "string") return `annotation ${key} is missing`;
  }
  if (!["notice", "warning", "failure"].includes(String(a.annotation_level))) {
    return `annotation_level ${String(a.annotation_level)} is not valid`;
  }
  if (typeof a.start_line !== "number" || typeof a.end_line !== "number")
    return "annotation lines are missing";
  if (a.start_line !== a.end_line && (a.start_column !== undefined || a.end_column !== undefined)) {
    return "start_column and end_column may only be used when start_line equals end_line";
  }
  return undefined;
}

function list(ctx: RouteContext, repo: FakeRepo): RouteResponse {
  const sha = repo.resolve(ctx.params.ref ?? "")?.sha;
  if (sha === undefined) return unprocessable(`No commit found for SHA: ${ctx.params.ref}`);
  let runs = repo.checkRuns.filter((r) => r.head_sha === sha);
  if (ctx.query.check_name !== undefined)
    runs = runs.filter((r) => r.name === ctx.query.check_name);
  if (ctx.query.status !== undefined) runs = runs.filter((r) => r.status === ctx.query.status);
  if (ctx.query.filter !== "all") {
    // "latest": the most recent run of each name by the same app.
    const latest = new Map<string, FakeCheckRun>();
    for (const run of runs) latest.set(`${run.createdBy.login}\0${run.name}`, run);
    runs = [...latest.values()];
  }
  const newestFirst = [...runs].sort((a, b) => b.id - a.id);
  return paginated(ctx, newestFirst, (page) => ({
    total_count: newestFirst.length,
    check_runs: page.map((run) => checkRunJson(ctx, repo, run)),
  }));
}

function checkRunJson(ctx: RouteContext, repo: FakeRepo, run: FakeCheckRun) {
  const slug = run.createdBy.login.replace(/\[bot\]$/, "");
  return {
    id: run.id,
    node_id: Buffer.from(`08:CheckRun${run.id}`).toString("base64"),
    name: run.name,
    head_sha: run.head_sha,
    external_id: run.external_id,
    url: `${ctx.apiBase}/repos/${repo.fullName}/check-runs/${run.id}`,
    html_url: `https://github.com/${repo.fullName}/runs/${run.id}`,
    details_url: run.details_url,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${ctx.apiBase}/repos/${repo.fullName}/check-runs/${run.id}/annotations`,
    },
    check_suite: { id: 9_000_000 + repo.id },
    app: {
      id: slug === ctx.state.appSlug ? ctx.state.appId : 15368,
      slug,
      name: slug,
      owner: { login: repo.owner },
    },
    pull_requests: [],
  };
}

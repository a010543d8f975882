import { toPortError } from "../../github/port-error.js";
import type { OctokitClient } from "../../github/octokit-client.js";
import { annotationBatches } from "./annotations.js";
import type { CheckOutput } from "./check-output.js";

/** The check run's name: what branch protection requires. */
export const CHECK_NAME = "roadmap-gate";

/** Where check runs are written, and for which webhook delivery. */
export interface CheckRunTarget {
  octokit: OctokitClient;
  repo: { owner: string; repo: string };
  /** `X-GitHub-Delivery`: kept in `external_id`, so a redelivered webhook is recognised. */
  delivery: string;
}

export interface ExistingRun {
  id: number;
  status: string;
  startedAt?: string;
}

/** The run this delivery already wrote on the commit, if any (a redelivery, or another replica). */
export async function runForDelivery(
  target: CheckRunTarget,
  headSha: string,
): Promise<ExistingRun | undefined> {
  const { data } = await call(target, "GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    ref: headSha,
    check_name: CHECK_NAME,
    filter: "all",
    per_page: 100,
  });
  const runs = (data as { check_runs?: RunJson[] }).check_runs ?? [];
  const run = runs.find((r) => r.external_id === target.delivery);
  return run && { id: run.id, status: run.status, startedAt: run.started_at ?? undefined };
}

/** Created at once, before anything is read: a required check that never reports blocks every PR. */
export async function startRun(target: CheckRunTarget, headSha: string): Promise<number> {
  const { data } = await call(target, "POST /repos/{owner}/{repo}/check-runs", {
    name: CHECK_NAME,
    head_sha: headSha,
    status: "in_progress",
    external_id: target.delivery,
    started_at: new Date().toISOString(),
    output: {
      title: "Checking the roadmap items…",
      summary: "roadmap-gate is evaluating this commit.",
    },
  });
  return (data as RunJson).id;
}

/**
 * Completes the run with the conclusion and the first 50 annotations in one request, then adds
 * the remaining annotations 50 at a time. If completing fails, a bare failure is written instead,
 * so the run is never left in progress and never passes by accident.
 */
export async function completeRun(
  target: CheckRunTarget,
  id: number,
  output: CheckOutput,
): Promise<void> {
  const [first = [], ...rest] = annotationBatches(output.annotations);
  const text = { title: output.title, summary: output.summary };
  const route = "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}";
  try {
    await call(target, route, {
      check_run_id: id,
      status: "completed",
      conclusion: output.conclusion,
      completed_at: new Date().toISOString(),
      output: { ...text, annotations: first },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await call(target, route, {
      check_run_id: id,
      status: "completed",
      conclusion: "failure",
      completed_at: new Date().toISOString(),
      output: {
        title: "roadmap-gate could not write its result",
        summary: `The gate fails closed: writing the result failed (${reason.slice(0, 2000)}).`,
      },
    });
    throw error;
  }
  for (const batch of rest) {
    await call(target, route, { check_run_id: id, output: { ...text, annotations: batch } });
  }
}

interface RunJson {
  id: number;
  status: string;
  external_id?: string | null;
  started_at?: string | null;
}

async function call(target: CheckRunTarget, route: string, params: Record<string, unknown>) {
  try {
    return await target.octokit.request(route, { ...target.repo, ...params });
  } catch (error) {
    const path = route.replace("{owner}", target.repo.owner).replace("{repo}", target.repo.repo);
    throw toPortError(error, path);
  }
}

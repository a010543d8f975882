import { CHECKLIST_MARKER } from "../../core/checklist/render-checklist.js";
import { toPortError } from "../../github/port-error.js";
import type { OctokitClient } from "../../github/octokit-client.js";

export interface CommentTarget {
  octokit: OctokitClient;
  repo: { owner: string; repo: string };
  /** The app's own login: only its comments with the marker are the checklist. */
  botLogin: string;
}

interface CommentJson {
  id: number;
  body?: string;
  user: { login: string } | null;
}

/**
 * Keeps exactly one checklist comment on an issue: created once, edited in place, written only
 * when its text changes. Replicas may race to create it; whoever sees two keeps the oldest and
 * deletes the rest. With `onlyIfExists`, a missing comment is not created.
 */
export async function writeChecklistComment(
  target: CommentTarget,
  issue: number,
  body: string,
  options: { onlyIfExists?: boolean } = {},
): Promise<"created" | "updated" | "unchanged" | "absent"> {
  const existing = await checklistComments(target, issue);
  if (existing.length === 0) {
    if (options.onlyIfExists) return "absent";
    await call(target, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      issue_number: issue,
      body,
    });
    const after = await checklistComments(target, issue);
    if (after.length <= 1) return "created";
    await keepOldest(target, after, body);
    return "created";
  }
  return keepOldest(target, existing, body);
}

async function keepOldest(
  target: CommentTarget,
  comments: CommentJson[],
  body: string,
): Promise<"updated" | "unchanged"> {
  const [keep, ...extra] = [...comments].sort((a, b) => a.id - b.id);
  for (const comment of extra) {
    await call(target, "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      comment_id: comment.id,
    }).catch((error: unknown) => {
      // Another replica deleted it first.
      if (toPortError(error, "").kind !== "not-found") throw error;
    });
  }
  if (keep!.body === body) return "unchanged";
  await call(target, "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
    comment_id: keep!.id,
    body,
  });
  return "updated";
}

async function checklistComments(target: CommentTarget, issue: number): Promise<CommentJson[]> {
  const route = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
  let comments: CommentJson[];
  try {
    comments = (await target.octokit.paginate(route, {
      ...target.repo,
      issue_number: issue,
      per_page: 100,
    })) as CommentJson[];
  } catch (error) {
    throw toPortError(
      error,
      `GET /repos/${target.repo.owner}/${target.repo.repo}/issues/${issue}/comments`,
    );
  }
  const bot = target.botLogin.toLowerCase();
  return comments.filter(
    (c) => c.user?.login.toLowerCase() === bot && (c.body ?? "").includes(CHECKLIST_MARKER),
  );
}

async function call(target: CommentTarget, route: string, params: Record<string, unknown>) {
  try {
    return await target.octokit.request(route, { ...target.repo, ...params });
  } catch (error) {
    throw toPortError(
      error,
      route.replace("{owner}", target.repo.owner).replace("{repo}", target.repo.repo),
    );
  }
}

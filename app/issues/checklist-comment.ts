import { CHECKLIST_MARKER } from "../../core/checklist/render-checklist.js";
import { PortError, type GitHubPort, type IssueComment } from "../../core/port.js";

export interface CommentTarget {
  port: GitHubPort;
  /** The app's own login: only its comments with the marker are the checklist. */
  botLogin: string;
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
    await target.port.createIssueComment(issue, body);
    const after = await checklistComments(target, issue);
    if (after.length <= 1) return "created";
    await keepOldest(target, after, body);
    return "created";
  }
  return keepOldest(target, existing, body);
}

async function keepOldest(
  target: CommentTarget,
  comments: IssueComment[],
  body: string,
): Promise<"updated" | "unchanged"> {
  const [keep, ...extra] = [...comments].sort((a, b) => a.id - b.id);
  for (const comment of extra) {
    await target.port.deleteIssueComment(comment.id).catch((error: unknown) => {
      // Another replica deleted it first.
      if (!(error instanceof PortError) || error.kind !== "not-found") throw error;
    });
  }
  if (keep!.body === body) return "unchanged";
  await target.port.updateIssueComment(keep!.id, body);
  return "updated";
}

/** The app's own comments on the issue that carry the checklist marker. */
export async function checklistComments(
  target: CommentTarget,
  issue: number,
): Promise<IssueComment[]> {
  const bot = target.botLogin.toLowerCase();
  return (await target.port.issueComments(issue)).filter(
    (c) => c.login.toLowerCase() === bot && c.body.includes(CHECKLIST_MARKER),
  );
}

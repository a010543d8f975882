import { CHECK_RUN_LIMIT, fitMarkdown } from "../../core/format/fit-markdown.js";
import { codeSpan, inlineMarkdown } from "../../core/format/markdown-escape.js";
import type { PullRequestInfo } from "../../core/pull-request/pull-request.js";
import { errorOutput, type CheckOutput, type Conclusion } from "./check-output.js";

/** More pull requests on one commit than this fail closed: judging each on every event would let one commit cost the App without bound. */
export const MAX_SHARING = 20;

export interface PullRequestVerdict {
  pr: PullRequestInfo;
  output: CheckOutput;
}

const RANK: Record<Conclusion, number> = { success: 0, neutral: 1, failure: 2 };

/**
 * The check run of a commit that is the head of several open pull requests: each is judged under
 * its own base branch's policy, and the worst verdict stands, so a second pull request into a
 * branch with a weaker policy (or none) cannot turn the commit green for the first. The output is
 * the worst one's, after a list of every pull request's verdict.
 */
export async function judgeSharedHead(
  own: PullRequestVerdict,
  others: readonly PullRequestInfo[],
  judge: (pr: PullRequestInfo) => Promise<CheckOutput>,
): Promise<CheckOutput> {
  if (others.length === 0) return own.output;
  if (others.length + 1 > MAX_SHARING) {
    return errorOutput(
      `${others.length + 1} open pull requests have commit ${own.pr.headSha} as their head; roadmap-gate judges at most ${MAX_SHARING} on one commit. Close the extra pull requests, or push a commit of its own to each.`,
    );
  }
  const verdicts = [own];
  for (const pr of others) {
    const output = await judge({ ...pr, headSha: own.pr.headSha });
    verdicts.push({ pr, output });
  }
  return worstOf(verdicts);
}

function worstOf(verdicts: readonly PullRequestVerdict[]): CheckOutput {
  const worst = verdicts.reduce((a, b) =>
    RANK[b.output.conclusion] > RANK[a.output.conclusion] ? b : a,
  );
  const lines = verdicts.map(
    ({ pr, output }) =>
      `| #${pr.number} | ${codeSpan(pr.baseRef, true)} | ${output.conclusion} | ${inlineMarkdown(output.title, true)} |\n`,
  );
  const preface =
    `This commit is the head of ${verdicts.length} open pull requests. Each is judged under its base branch's policy, and the check shows the worst verdict; below are the details of #${worst.pr.number}.\n\n` +
    "| Pull request | Base | Verdict | |\n|---|---|---|---|\n" +
    lines.join("") +
    "\n";
  return {
    conclusion: worst.output.conclusion,
    title:
      verdicts.length > 1 && worst !== verdicts[0]
        ? `#${worst.pr.number} into ${worst.pr.baseRef}: ${worst.output.title}`
        : worst.output.title,
    summary: fitMarkdown([{ text: preface }, { text: worst.output.summary }], CHECK_RUN_LIMIT),
    annotations: worst.output.annotations,
  };
}

import type { PrometheusPort } from "../core/error-budget/prometheus-port.js";
import type { GitHubPort } from "../core/port.js";
import type { FileSizes } from "./file-sizes.js";
import type { PrometheusLink } from "./protocol.js";
import type { JobTools } from "./serve-jobs.js";

type Ask = JobTools["ask"];

/** A Prometheus port whose queries the calling thread makes, which holds the real one. */
export function proxyPrometheus(ask: Ask, link: PrometheusLink): PrometheusPort {
  return {
    origin: link.origin,
    timeoutMs: link.timeoutMs,
    instantQuery: (query) =>
      ask({ port: "prometheus", method: "instantQuery", args: [query] }) as ReturnType<
        PrometheusPort["instantQuery"]
      >,
  };
}

/**
 * A port whose every method asks the calling thread, which holds the real one. The files its
 * reads answer are noted in `sizes`. `satisfies` makes a method added to GitHubPort fail the
 * typecheck here until it is forwarded too.
 */
export function proxyPort(ask: Ask, owner: string, repo: string, sizes: FileSizes): GitHubPort {
  const call =
    <M extends keyof GitHubPort>(method: M) =>
    (...args: unknown[]) =>
      ask({ port: "github", method, args }) as ReturnType<Extract<GitHubPort[M], Fn>>;
  const port = {
    owner,
    repo,
    async readFiles(...args: Parameters<GitHubPort["readFiles"]>) {
      const files = await call("readFiles")(...args);
      sizes.noteAll(files.values());
      return files;
    },
    async readFilesAndBlobIds(...args: Parameters<GitHubPort["readFilesAndBlobIds"]>) {
      const read = await call("readFilesAndBlobIds")(...args);
      sizes.noteAll(read.files.values());
      sizes.noteAll(read.alsoFiles?.values());
      return read;
    },
    blobIds: call("blobIds"),
    readRawFile: call("readRawFile"),
    listPaths: call("listPaths"),
    tree: call("tree"),
    mergeBase: call("mergeBase"),
    pullRequest: call("pullRequest"),
    openPullRequestsAt: call("openPullRequestsAt"),
    mergeQueue: call("mergeQueue"),
    pullRequestFiles: call("pullRequestFiles"),
    compareFiles: call("compareFiles"),
    reviews: call("reviews"),
    issue: call("issue"),
    issueComments: call("issueComments"),
    createIssueComment: call("createIssueComment"),
    updateIssueComment: call("updateIssueComment"),
    deleteIssueComment: call("deleteIssueComment"),
    permission: call("permission"),
    isTeamMember: call("isTeamMember"),
    account: call("account"),
    orgMembership: call("orgMembership"),
    teamExists: call("teamExists"),
  } satisfies Record<keyof GitHubPort, unknown>;
  return port as GitHubPort;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => unknown;

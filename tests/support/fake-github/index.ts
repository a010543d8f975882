export { startFakeGitHub, FakeGitHub, type LoggedRequest } from "./server.js";
export type {
  FakeRepo,
  FileChange,
  CommitOptions,
  PullRequestOptions,
  IssueOptions,
  FakeCommit,
} from "./repo.js";
export type {
  Actor,
  CheckRunAnnotation,
  FakeCheckRun,
  FakeComment,
  FakeIssue,
  FakePullRequest,
  FakeReview,
  FakeTeam,
  FakeTeamMember,
  ReviewState,
  Role,
} from "./records.js";
export type { DelaySpec, FaultSpec, HttpFault, Injection, NetworkFault } from "./faults.js";

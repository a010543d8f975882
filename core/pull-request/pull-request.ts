/**
 * The pull request as the engine reads it is the port's type (core/port.ts): what the port and
 * the sign-off facts below the pull-request step need, kept under its old name here for its users.
 */
export type { PullRequestInfo } from "../port.js";

import type { ActionEvent } from "./event.js";
import type { VerifySignOff } from "./inputs.js";

/**
 * Whether sign-offs are verified against the pull request's reviews. Inputs may tighten the
 * policy, never loosen it: `false` turns verification off only where the policy does not ask for it.
 */
export function verifySignOffs(
  input: VerifySignOff,
  event: ActionEvent,
  policyVerify: boolean,
): boolean {
  if (event.kind === "pull-request") return input !== "false" || policyVerify;
  if (input === "true") {
    throw new Error(
      `verify-sign-off is true, but a ${event.name} event carries no pull request whose reviews could back the sign-offs. ` +
        "Run the Action on pull_request, pull_request_review or merge_group, or set verify-sign-off to auto.",
    );
  }
  return false;
}

/** Said once on events without a pull request, instead of the engine's general notice. */
export function unverifiedNotice(event: ActionEvent): string {
  return `Sign-offs cannot be verified on a ${event.name} event: there is no pull request whose approving reviews could back them, so they are judged as written.`;
}

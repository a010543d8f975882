import type { ApplicationFunction } from "probot";
import { botLogin } from "./bot-login.js";
import { healthCheck } from "./health.js";
import { perInstallation } from "./installation-client.js";
import { deliveryLeases } from "./leases/delivery-leases.js";
import { onIssue } from "./issues/issue-events.js";
import { onPush } from "./issues/push.js";
import { onMergeGroup } from "./pull-request/merge-group.js";
import { onPullRequest } from "./pull-request/pull-request-events.js";
import { onCheckRunRerequested, onCheckSuiteRerequested } from "./pull-request/rerequest.js";
import { onRecheckComment } from "./recheck.js";
import { assertWebhookSecret } from "./webhook-secret.js";

/** The roadmap-gate GitHub App: registers its events; each family's handler lives in its own file. */
const roadmapGate: ApplicationFunction = (app, { addHandler }) => {
  assertWebhookSecret();
  addHandler(healthCheck);
  const login = botLogin(app);
  // Each delivery is handled under a lease, so a replica that dies mid-way loses no check.
  const held = deliveryLeases(app);

  app.on(
    [
      "pull_request.opened",
      "pull_request.reopened",
      "pull_request.synchronize",
      "pull_request.edited",
      "pull_request.ready_for_review",
      "pull_request.labeled",
      "pull_request.unlabeled",
      "pull_request_review.submitted",
      "pull_request_review.edited",
      "pull_request_review.dismissed",
    ],
    held(perInstallation(app, onPullRequest)),
  );
  app.on("merge_group.checks_requested", held(perInstallation(app, onMergeGroup)));
  app.on("check_suite.rerequested", held(perInstallation(app, onCheckSuiteRerequested)));
  app.on("check_run.rerequested", held(perInstallation(app, onCheckRunRerequested)));
  app.on("issue_comment.created", held(perInstallation(app, onRecheckComment)));

  app.on(
    ["issues.opened", "issues.edited", "issues.labeled", "issues.reopened"],
    held(perInstallation(app, (context) => onIssue(context, login))),
  );
  app.on("push", held(perInstallation(app, (context) => onPush(context, login))));
};

export default roadmapGate;

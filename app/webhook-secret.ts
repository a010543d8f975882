/**
 * Without WEBHOOK_SECRET, Probot verifies webhooks with the well-known secret "development", so
 * anyone could forge a passing check: the App refuses to start instead. Setup mode (no APP_ID)
 * never loads the App, so it still works without a secret.
 */
export function assertWebhookSecret(env: NodeJS.ProcessEnv = process.env): void {
  if (env.WEBHOOK_SECRET) return;
  throw new Error(
    "WEBHOOK_SECRET is not set: Probot would accept webhooks signed with its public default secret " +
      '"development", so anyone could forge a passing check. Set WEBHOOK_SECRET to the webhook ' +
      "secret in the GitHub App's settings (or in .env), then start the App again.",
  );
}

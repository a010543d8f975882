import type { Probot } from "probot";

/** The login the app writes as (`<slug>[bot]`); the checklist comment is found by it. */
export type BotLogin = () => Promise<string>;

/** Asked once per process (`GET /app` as the app), and again only after a failure. */
export function botLogin(app: Probot): BotLogin {
  let login: Promise<string> | undefined;
  return () => {
    login ??= app
      .auth()
      .then((octokit) => octokit.request("GET /app"))
      .then(({ data }) => `${(data as { slug: string }).slug}[bot]`)
      .catch((error: unknown) => {
        login = undefined;
        throw error;
      });
    return login;
  };
}

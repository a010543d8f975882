import { getOctokit } from "@actions/github";
import { ProbotOctokit } from "probot";
import type { OctokitClient } from "../../github/octokit-client.js";

export const TOKEN = "ghp_ThisTokenMustNeverAppearInAMessage0001";

/** The two Octokits the port runs on: the Action's and the App's (GitHub Enterprise style paths). */
export const clients: { name: string; create(url: string): OctokitClient }[] = [
  {
    name: "@actions/github getOctokit",
    // @actions/github reads GITHUB_API_URL once at import, so the base URL is passed explicitly.
    create: (url) => getOctokit(TOKEN, { baseUrl: url }),
  },
  {
    name: "Probot's ProbotOctokit",
    create: (url) =>
      new ProbotOctokit({
        auth: { token: TOKEN },
        baseUrl: `${url}/api/v3`,
        // Retries and throttling would hide the single answer each test is about.
        throttle: { enabled: false },
        retry: { enabled: false },
      }),
  },
];

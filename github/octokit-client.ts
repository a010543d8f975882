/**
 * The part of an Octokit the port uses. Both `getOctokit()` from @actions/github and Probot's
 * `context.octokit` fit it, so the Action and the App share one port.
 */
export interface OctokitClient {
  request(route: string, parameters?: Record<string, unknown>): Promise<OctokitResponse>;
  graphql<T = unknown>(query: string, parameters?: Record<string, unknown>): Promise<T>;
  paginate(route: string, parameters?: Record<string, unknown>): Promise<unknown[]>;
}

export interface OctokitResponse {
  status: number;
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

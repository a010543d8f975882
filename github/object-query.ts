import type { OctokitClient } from "./octokit-client.js";
import { toPortError } from "./port-error.js";

/** GitHub answers many aliased fields in one query; 100 keeps each query well inside its limits. */
const ALIASES_PER_QUERY = 100;

export interface BlobObject {
  __typename: "Blob";
  oid: string;
  byteSize?: number;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  text?: string | null;
}

export type GitObject = BlobObject | { __typename: "Commit" | "Tree" | "Tag"; oid?: string };

/**
 * Looks up `object(expression: "REF:PATH")` for every expression, with one GraphQL request per
 * 100 expressions. Expressions travel as variables, so no path can change the query's text.
 */
export async function queryObjects(
  octokit: OctokitClient,
  target: { owner: string; repo: string },
  expressions: readonly string[],
  blobFields: string,
): Promise<Map<string, GitObject | null>> {
  const unique = [...new Set(expressions)];
  const found = new Map<string, GitObject | null>();
  for (let start = 0; start < unique.length; start += ALIASES_PER_QUERY) {
    const chunk = unique.slice(start, start + ALIASES_PER_QUERY);
    const declarations = chunk.map((_, i) => `$e${i}: String!`).join(", ");
    const fields = chunk
      .map(
        (_, i) => `e${i}: object(expression: $e${i}) { __typename ... on Blob { ${blobFields} } }`,
      )
      .join("\n    ");
    const query = `query RoadmapGateObjects($owner: String!, $name: String!, ${declarations}) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
    const variables = Object.fromEntries(chunk.map((expression, i) => [`e${i}`, expression]));
    let data: { repository: Record<string, GitObject | null> | null };
    try {
      data = await octokit.graphql(query, { owner: target.owner, name: target.repo, ...variables });
    } catch (error) {
      throw toPortError(
        error,
        `POST /graphql (${chunk.length} objects in ${target.owner}/${target.repo})`,
      );
    }
    if (!data.repository) {
      throw toPortError(
        { errors: [{ type: "NOT_FOUND", message: "repository not found" }] },
        "POST /graphql",
      );
    }
    chunk.forEach((expression, i) => found.set(expression, data.repository?.[`e${i}`] ?? null));
  }
  return found;
}

import { buildSchema, graphql, GraphQLError } from "graphql";
import { blobBytes, blobSize, isBinaryContent, listTree, type TreeEntry } from "./git-objects.js";
import type { FakeCommit, FakeRepo } from "./repo.js";
import { asRecord, json, type RouteContext, type RouteResponse } from "./router.js";
import type { FakeState } from "./state.js";

/** The part of GitHub's GraphQL schema the engine uses; interfaces resolve by `__typename`. */
const schema = buildSchema(`
  scalar GitObjectID
  scalar URI
  scalar DateTime

  type Query {
    repository(owner: String!, name: String!): Repository
  }

  type RepositoryOwner { login: String! }
  type Ref { name: String! target: GitObject }

  type Repository {
    id: ID!
    name: String!
    nameWithOwner: String!
    owner: RepositoryOwner!
    isPrivate: Boolean!
    defaultBranchRef: Ref
    object(expression: String, oid: GitObjectID): GitObject
    ref(qualifiedName: String!): Ref
    pullRequest(number: Int!): PullRequest
  }

  type PullRequest { number: Int! baseRefName: String! mergeQueueEntry: MergeQueueEntry }
  type MergeQueueEntry { headCommit: Commit position: Int! state: String! }

  interface GitObject { oid: GitObjectID! abbreviatedOid: String! }

  type Blob implements GitObject {
    oid: GitObjectID!
    abbreviatedOid: String!
    byteSize: Int!
    isBinary: Boolean
    isTruncated: Boolean!
    text: String
  }

  type Commit implements GitObject {
    oid: GitObjectID!
    abbreviatedOid: String!
    message: String!
    committedDate: DateTime!
    tree: Tree!
  }

  type Tree implements GitObject {
    oid: GitObjectID!
    abbreviatedOid: String!
    entries: [TreeEntry!]
  }

  type TreeEntry { name: String! path: String type: String! mode: Int! oid: GitObjectID! }
`);

/** Answers `POST /graphql` with GitHub's shape: HTTP 200, `data`, and `errors` with a `type`. */
export async function answerGraphQL(ctx: RouteContext): Promise<RouteResponse> {
  const body = asRecord(ctx.body);
  if (typeof body.query !== "string") {
    return json(400, {
      message: "Problems parsing JSON",
      documentation_url: "https://docs.github.com/graphql",
    });
  }
  const result = await graphql({
    schema,
    source: body.query,
    variableValues: asRecord(body.variables),
    operationName: typeof body.operationName === "string" ? body.operationName : undefined,
    rootValue: {
      repository: (args: { owner: string; name: string }) => repositoryValue(ctx.state, args),
    },
  });
  const errors = result.errors?.map((error) => ({
    ...(error.extensions.type ? { type: error.extensions.type } : {}),
    path: error.path,
    locations: error.locations,
    message: error.message,
  }));
  return json(200, {
    ...(result.data !== undefined ? { data: result.data } : {}),
    ...(errors ? { errors } : {}),
  });
}

function repositoryValue(state: FakeState, args: { owner: string; name: string }) {
  const repo = state.repo(args.owner, args.name);
  if (!repo) {
    throw new GraphQLError(
      `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
      {
        extensions: { type: "NOT_FOUND" },
      },
    );
  }
  const head = repo.resolve(repo.defaultBranch);
  return {
    id: Buffer.from(`010:Repository${repo.id}`).toString("base64"),
    name: repo.name,
    nameWithOwner: repo.fullName,
    owner: { login: repo.owner },
    isPrivate: repo.isPrivate,
    defaultBranchRef: { name: repo.defaultBranch, target: head ? commitValue(head) : null },
    object: (args: { expression?: string; oid?: string }) => objectValue(state, repo, args),
    ref: (args: { qualifiedName: string }) => refValue(repo, args.qualifiedName),
    pullRequest: (args: { number: number }) => pullRequestValue(repo, args.number),
  };
}

/** `ref(qualifiedName: "refs/heads/…" | "refs/tags/…")`: null when there is no such ref. */
function refValue(repo: FakeRepo, qualifiedName: string) {
  const branch = /^refs\/heads\/(.+)$/.exec(qualifiedName);
  const tag = /^refs\/tags\/(.+)$/.exec(qualifiedName);
  const sha = branch ? repo.branches.get(branch[1]!) : tag ? repo.tags.get(tag[1]!) : undefined;
  const commit = sha === undefined ? undefined : repo.commits.get(sha);
  return commit ? { name: (branch ?? tag)![1], target: commitValue(commit) } : null;
}

/** A pull request and its merge queue entry (`mergeQueueHeadSha` on the record), or null. */
function pullRequestValue(repo: FakeRepo, number: number) {
  const pull = repo.pullRequests.get(number);
  if (!pull) return null;
  const queued = pull.mergeQueueHeadSha && repo.commits.get(pull.mergeQueueHeadSha);
  return {
    number,
    baseRefName: pull.base,
    mergeQueueEntry: queued
      ? { headCommit: commitValue(queued), position: 1, state: "AWAITING_CHECKS" }
      : null,
  };
}

/** `object(expression: "REF:PATH")`: the blob or tree at PATH; `"REF"` alone is the commit. */
function objectValue(
  state: FakeState,
  repo: FakeRepo,
  args: { expression?: string; oid?: string },
) {
  if (args.oid !== undefined) return objectById(state, repo, args.oid);
  const expression = args.expression ?? "";
  const colon = expression.indexOf(":");
  const commit = repo.resolve(colon < 0 ? expression : expression.slice(0, colon));
  if (!commit) return null;
  if (colon < 0) return commitValue(commit);
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, "");
  if (path === "") return treeValue(commit.files, "");
  const entry = commit.files.get(path);
  if (entry) return entry.type === "blob" ? blobValue(state, entry) : null;
  const isDirectory = [...commit.files.keys()].some((p) => p.startsWith(`${path}/`));
  return isDirectory ? treeValue(commit.files, path) : null;
}

function objectById(state: FakeState, repo: FakeRepo, oid: string) {
  const commit = repo.commits.get(oid);
  if (commit) return commitValue(commit);
  for (const candidate of repo.commits.values()) {
    for (const entry of candidate.files.values()) {
      if (entry.type === "blob" && entry.sha === oid) return blobValue(state, entry);
    }
  }
  return null;
}

function blobValue(state: FakeState, entry: Extract<TreeEntry, { type: "blob" }>) {
  const isBinary = isBinaryContent(entry.content);
  const size = blobSize(entry);
  const isTruncated = !isBinary && size > state.blobTextLimit;
  return {
    __typename: "Blob",
    oid: entry.sha,
    abbreviatedOid: entry.sha.slice(0, 7),
    byteSize: size,
    isBinary,
    isTruncated,
    // A getter: graphql-js resolves it only when the query asks for `text`.
    get text() {
      return isBinary ? null : blobBytes(entry, state.blobTextLimit).toString("utf8");
    },
  };
}

function commitValue(commit: FakeCommit) {
  return {
    __typename: "Commit",
    oid: commit.sha,
    abbreviatedOid: commit.sha.slice(0, 7),
    message: commit.message,
    committedDate: commit.date,
    tree: treeValue(commit.files, ""),
  };
}

function treeValue(files: ReadonlyMap<string, TreeEntry>, dir: string) {
  const prefix = dir === "" ? "" : `${dir}/`;
  const { sha, entries } = listTree(files);
  const children = entries.filter(
    (e) => e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes("/"),
  );
  const oid = dir === "" ? sha : (entries.find((e) => e.path === dir)?.sha ?? sha);
  return {
    __typename: "Tree",
    oid,
    abbreviatedOid: oid.slice(0, 7),
    entries: children.map((e) => ({
      name: e.path.slice(prefix.length),
      path: e.path,
      type: e.type,
      mode: parseInt(e.mode, 8),
      oid: e.sha,
    })),
  };
}

import { createHash } from "node:crypto";
import type { Actor } from "./records.js";
import type { FakeRepo } from "./repo.js";

/** A user as GitHub embeds it in other objects (`user`, `owner`, `author`). */
export function userJson(
  login: string,
  type: Actor["type"] = login.endsWith("[bot]") ? "Bot" : "User",
) {
  const id = userId(login);
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString("base64"),
    type,
    site_admin: false,
    avatar_url: `https://avatars.example.test/u/${id}`,
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
  };
}

export function repoJson(repo: FakeRepo, apiBase: string) {
  return {
    id: repo.id,
    node_id: Buffer.from(`010:Repository${repo.id}`).toString("base64"),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.isPrivate,
    visibility: repo.isPrivate ? "private" : "public",
    owner: userJson(repo.owner, "User"),
    html_url: `https://github.com/${repo.fullName}`,
    url: `${apiBase}/repos/${repo.fullName}`,
    default_branch: repo.defaultBranch,
    fork: false,
    archived: false,
    disabled: false,
  };
}

/** A stable id per login, so the same user always has the same id. */
function userId(login: string): number {
  return createHash("sha1").update(login.toLowerCase()).digest().readUInt32BE(0) % 100_000_000;
}

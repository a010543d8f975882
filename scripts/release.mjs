// The release step of .github/workflows/release.yml: tags package.json's version `vX.Y.Z` at HEAD,
// moves the major tag (`v1`) there, pushes both, and writes the version's CHANGELOG.md section as
// the release notes. The docs name only tags this creates (tests/release/references.test.ts).
// At a commit already tagged with the version it only moves the major tag again; a version tagged
// at another commit is an error (bump the version). A pre-release (1.2.0-rc.1) keeps the major tag.
//
//   node scripts/release.mjs [--remote NAME] [--notes FILE]    (defaults: origin, no notes file)
// Writes tag=, major=, version=, prerelease=, created= to $GITHUB_OUTPUT when it is set.
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { remote: { type: "string" }, notes: { type: "string" } },
});
const remote = values.remote ?? "origin";
const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const semver = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/.exec(version ?? "");
if (!semver) fail(`package.json's version "${version}" is not a semantic version (1.2.3)`);
const app = JSON.parse(readFileSync("app/package.json", "utf8"));
if (app.version !== version)
  fail(`app/package.json's version ${app.version} differs from package.json's ${version}`);
const notes = changelogSection(readFileSync("CHANGELOG.md", "utf8"), version);
if (!notes) fail(`CHANGELOG.md has no section "## [${version}]": add one before releasing`);

const tag = `v${version}`;
const major = `v${semver[1]}`;
const prerelease = semver[4] !== undefined;
const head = git("rev-parse", "HEAD");
git("fetch", "--quiet", "--force", remote, "+refs/tags/*:refs/tags/*");
const tagged = tagCommit(tag);
if (tagged !== undefined && tagged !== head)
  fail(`${tag} already tags ${tagged.slice(0, 12)}, not HEAD: bump the version to release HEAD`);
const created = tagged === undefined;
if (created) {
  git("tag", "-a", tag, "-m", `roadmap-gate ${tag}`, head);
  git("push", "--quiet", remote, `refs/tags/${tag}`);
  console.log(`tagged ${tag} at ${head.slice(0, 12)}`);
} else console.log(`${tag} already tags HEAD`);
if (!prerelease) {
  git("tag", "-fa", major, "-m", `${major} -> ${tag}`, head);
  git("push", "--quiet", "--force", remote, `refs/tags/${major}`);
  console.log(`moved ${major} to ${tag}`);
}
if (values.notes) writeFileSync(values.notes, notes);
if (process.env.GITHUB_OUTPUT) {
  const outputs = { tag, major, version, prerelease, created };
  const lines = Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`);
  appendFileSync(process.env.GITHUB_OUTPUT, lines.join(""));
}

/** The text under `## [version]` up to the next `## ` heading, trimmed; undefined without one. */
function changelogSection(changelog, wanted) {
  const lines = changelog.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`## [${wanted}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join("\n")
    .trim();
  return body === "" ? undefined : `${body}\n`;
}

/** The commit an existing tag points at, or undefined. */
function tagCommit(name) {
  try {
    return git("rev-parse", "--verify", "--quiet", `refs/tags/${name}^{commit}`);
  } catch {
    return undefined;
  }
}

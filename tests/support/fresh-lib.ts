import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { glob } from "tinyglobby";

const ROOT = resolve(import.meta.dirname, "../..");
/** The committed CLI bundle and its code cache in lib/, both written by `npm run build:cli`. */
const CLI_BUNDLE = join(ROOT, "bin/cli.cjs");
const CLI_CACHE = join(ROOT, "lib/bundle/cli.cache");

/**
 * Tests that run compiled code (the bin, `npm start`, worker threads) read lib/. It is rebuilt
 * only when older than the sources they run (CI's `npm ci` has just built it): several test files
 * read lib/ at once, and a rebuild under them could race. Type errors elsewhere in the tree must
 * not hide the behaviour under test: tsc emits anyway, so what it emitted is what is checked.
 * Returns whether lib/ is fresh afterwards.
 */
export async function freshLib(o: { folders: string[]; cliBundle?: boolean }): Promise<boolean> {
  if (await isFresh(o)) return true;
  const run = promisify(execFile);
  await run("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT }).catch(() => undefined);
  if (o.cliBundle) await run("npm", ["run", "build:cli"], { cwd: ROOT });
  return isFresh(o);
}

async function isFresh(o: { folders: string[]; cliBundle?: boolean }): Promise<boolean> {
  const sources = await glob(
    o.folders.map((folder) => `${folder}/**/*.ts`),
    { cwd: ROOT, ignore: ["**/*.test.ts"] },
  );
  if (o.cliBundle && !(existsSync(CLI_BUNDLE) && existsSync(CLI_CACHE))) return false;
  const bundled = o.cliBundle
    ? Math.min((await stat(CLI_BUNDLE)).mtimeMs, (await stat(CLI_CACHE)).mtimeMs)
    : Infinity;
  for (const source of sources) {
    const built = join(ROOT, "lib", source.replace(/\.ts$/, ".js"));
    const written = (await stat(join(ROOT, source))).mtimeMs;
    if (!existsSync(built) || bundled < written) return false;
    if ((await stat(built)).mtimeMs < written) return false;
  }
  return true;
}

import { mkdir, realpath, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError, type CliIo } from "./cli-io.js";

/**
 * To stdout, or with `--output FILE` to that file (its folder created), saying so on stderr.
 * `inputs` are the absolute paths the run read (item files, the policy): the report never
 * overwrites one of them, even through a link; that is a usage error and nothing is written.
 */
export async function writeOutput(
  text: string,
  output: string | undefined,
  io: CliIo,
  summary: string,
  inputs: readonly string[],
): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const abs = resolve(io.cwd, output);
  if (await isInput(abs, inputs))
    throw new UsageError(
      `--output ${output} is one of the files this run reads (an item file or the policy); write the report elsewhere`,
    );
  await mkdir(dirname(abs), { recursive: true });
  await writeFile(abs, text);
  io.stderr(`Wrote ${output}: ${summary}\n`);
}

async function isInput(abs: string, inputs: readonly string[]): Promise<boolean> {
  // A file that does not exist yet is no input; one that does is compared by its real path.
  const target = await realpath(abs).catch(() => undefined);
  if (target === undefined) return false;
  for (const input of inputs) {
    if (input === abs || input === target) return true;
    if ((await realpath(input).catch(() => input)) === target) return true;
  }
  return false;
}

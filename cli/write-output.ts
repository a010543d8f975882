import { mkdir, open, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError, type CliIo } from "./cli-io.js";

/** Pieces are written in batches of about this many characters. */
const BATCH = 64 * 1024;

/**
 * To stdout, or with `--output FILE` to that file (its folder created), saying so on stderr. The
 * output comes in pieces and is written in batches as it is made, so it is never one big string.
 * `inputs` are the absolute paths the run read (item files, the policy): the report never
 * overwrites one of them, even through a link; that is a usage error and nothing is written.
 */
export async function writeOutput(
  pieces: Iterable<string>,
  output: string | undefined,
  io: CliIo,
  summary: string,
  inputs: readonly string[],
): Promise<void> {
  if (output === undefined) {
    for (const batch of batches(pieces)) io.stdout(batch);
    return;
  }
  const abs = resolve(io.cwd, output);
  if (await isInput(abs, inputs))
    throw new UsageError(
      `--output ${output} is one of the files this run reads (an item file, an SLO file or the policy, or a link to one); write the output elsewhere`,
    );
  await mkdir(dirname(abs), { recursive: true });
  const file = await open(abs, "w");
  try {
    for (const batch of batches(pieces)) await file.write(batch);
  } finally {
    await file.close();
  }
  io.stderr(`Wrote ${output}: ${summary}\n`);
}

async function isInput(abs: string, inputs: readonly string[]): Promise<boolean> {
  // A file that does not exist yet is no input; one that does is compared by device and inode,
  // which a symbolic link and a hard link of an input share with it (a real path would not
  // tell a hard link). BigInt: inode numbers can pass 2^53.
  const target = await stat(abs, { bigint: true }).catch(() => undefined);
  if (target === undefined) return false;
  for (const input of inputs) {
    if (input === abs) return true;
    const info = await stat(input, { bigint: true }).catch(() => undefined);
    if (info !== undefined && info.dev === target.dev && info.ino === target.ino) return true;
  }
  return false;
}

function* batches(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      yield batch.join("");
      batch = [];
      size = 0;
    }
  }
  if (size > 0 || batch.length > 0) yield batch.join("");
}

import { mkdir, open } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { CliIo } from "./cli-io.js";

/** Pieces are written in batches of about this many characters. */
const BATCH = 64 * 1024;

/**
 * To stdout, or with `--output FILE` to that file (its folder created), saying so on stderr. The
 * output comes in pieces and is written in batches as it is made, so it is never one big string.
 */
export async function writeOutput(
  pieces: Iterable<string>,
  output: string | undefined,
  io: CliIo,
  summary: string,
): Promise<void> {
  if (output === undefined) {
    for (const batch of batches(pieces)) io.stdout(batch);
    return;
  }
  const abs = resolve(io.cwd, output);
  await mkdir(dirname(abs), { recursive: true });
  const file = await open(abs, "w");
  try {
    for (const batch of batches(pieces)) await file.write(batch);
  } finally {
    await file.close();
  }
  io.stderr(`Wrote ${output}: ${summary}\n`);
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

import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { CliIo } from "./cli-io.js";

/** To stdout, or with `--output FILE` to that file (its folder created), saying so on stderr. */
export async function writeOutput(
  text: string,
  output: string | undefined,
  io: CliIo,
  summary: string,
): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const abs = resolve(io.cwd, output);
  await mkdir(dirname(abs), { recursive: true });
  await writeFile(abs, text);
  io.stderr(`Wrote ${output}: ${summary}\n`);
}

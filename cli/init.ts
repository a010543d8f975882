import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_POLICY_PATH } from "../core/policy/policy.js";
import { EXIT, type CliIo } from "./cli-io.js";
import { exampleItemTemplate, policyTemplate } from "./init-templates.js";
import { parseToday } from "./input-options.js";
import { INIT_HELP } from "./usage.js";

export const EXAMPLE_ITEM_PATH = "roadmap/example.yaml";

/** `roadmap-gate init [--ai]`: a policy and an example item; an existing file is never touched. */
export async function init(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ai: { type: "boolean" },
      today: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.pass;
  }
  const today = parseToday(values.today, io);
  const files = [
    { path: DEFAULT_POLICY_PATH, text: policyTemplate() },
    { path: EXAMPLE_ITEM_PATH, text: exampleItemTemplate({ ai: values.ai ?? false, today }) },
  ];
  for (const file of files) {
    const abs = resolve(io.cwd, file.path);
    await mkdir(dirname(abs), { recursive: true });
    try {
      // "wx": fail rather than overwrite, even if the file appears between a check and the write.
      await writeFile(abs, file.text, { flag: "wx" });
      io.stdout(`Created ${file.path}\n`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      io.stdout(`Skipped ${file.path}: it already exists\n`);
    }
  }
  io.stdout("Next: edit the example, then run `roadmap-gate validate`.\n");
  return EXIT.pass;
}

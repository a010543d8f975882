import { parseArgs } from "node:util";
import { EXIT, UsageError, type CliIo } from "./cli-io.js";
import { readPackageFile } from "./package-files.js";
import { SCHEMA_HELP } from "./usage.js";

const SCHEMAS = {
  item: "schemas/roadmap-item.schema.json",
  config: "schemas/config.schema.json",
} as const;

/** `roadmap-gate schema [item|config]`: the published JSON Schema, as shipped in the package. */
export async function schema(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(SCHEMA_HELP);
    return EXIT.pass;
  }
  if (positionals.length > 1) throw new UsageError("schema takes one argument: item or config");
  const which = positionals[0] ?? "item";
  if (which !== "item" && which !== "config")
    throw new UsageError(`schema is "item" or "config", not "${which}"`);
  const text = await readPackageFile(SCHEMAS[which]);
  io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  return EXIT.pass;
}

import { OutsideRepositoryError } from "../local/glob-files.js";
import { processIo, UsageError, EXIT, type CliIo } from "./cli-io.js";
import { init } from "./init.js";
import { packageVersion } from "./package-files.js";
import { report } from "./report.js";
import { schema } from "./schema.js";
import { slo } from "./slo.js";
import { MAIN_HELP } from "./usage.js";
import { validate } from "./validate.js";

const COMMANDS = new Map<string, (argv: string[], io: CliIo) => Promise<number>>([
  ["validate", validate],
  ["report", report],
  ["slo", slo],
  ["init", init],
  ["schema", schema],
]);

/** argv (without node and the script) → a command → its exit code. Never throws. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.stdout(MAIN_HELP);
      return command === undefined ? EXIT.usage : EXIT.pass;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${await packageVersion()}\n`);
      return EXIT.pass;
    }
    const run = COMMANDS.get(command);
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof OutsideRepositoryError ||
      isParseArgsError(error)
    ) {
      io.stderr(
        `roadmap-gate: ${(error as Error).message}\nRun "roadmap-gate --help" for usage.\n`,
      );
      return EXIT.usage;
    }
    // Not a finding and never a pass: say what broke, with its cause, and exit 2.
    io.stderr(
      `roadmap-gate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.usage;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

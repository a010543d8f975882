import { parseArgs } from "node:util";
import { summaryLine } from "../core/format/summary-line.js";
import { EXIT, type CliIo } from "./cli-io.js";
import { prometheusConnection } from "./error-budget.js";
import { githubConnection } from "./people.js";
import { inputOptions, parseChoice, parseFormat, parseToday } from "./input-options.js";
import { judgeItems } from "./judge-items.js";
import { renderItems } from "./render-report.js";
import { REPORT_HELP } from "./usage.js";
import { writeOutput } from "./write-output.js";

const FORMATS = ["markdown", "json", "html"] as const;
/** Like the Action's fail-on; `never` by default: a report describes, validate is what gates. */
const FAIL_ON = ["never", "error", "warning"] as const;

/** `roadmap-gate report`: describes every item; validate is the command that gates. */
export async function report(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...inputOptions, "fail-on": { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return EXIT.pass;
  }
  const format = parseFormat(values.format, FORMATS, "markdown");
  const failOn = parseChoice("--fail-on", values["fail-on"], FAIL_ON, "never");
  const today = parseToday(values.today, io);
  const prometheus = prometheusConnection(values["prometheus-url"], io);
  const github = githubConnection(values["github-url"], values["github-token"], io);
  const judged = await judgeItems(
    { paths: positionals, config: values.config, today, prometheus, github },
    io,
  );
  for (const remark of judged.remarks) io.stderr(`roadmap-gate: ${remark}\n`);
  await writeOutput(
    renderItems(judged.report, format),
    values.output,
    io,
    summaryLine(judged.report),
    judged.inputs,
  );
  if (judged.policyBroken) {
    io.stderr("roadmap-gate: the policy file is invalid, so no item was judged; fix it first.\n");
    return EXIT.usage;
  }
  const { errors, warnings } = judged.report;
  const fails = failOn === "warning" ? errors + warnings > 0 : failOn === "error" && errors > 0;
  return fails ? EXIT.fail : EXIT.pass;
}

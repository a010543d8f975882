import { parseArgs } from "node:util";
import { summaryLine } from "../core/format/summary-line.js";
import { EXIT, type CliIo } from "./cli-io.js";
import { prometheusConnection } from "./error-budget.js";
import { githubConnection } from "./people.js";
import { inputOptions, parseFormat, parseToday } from "./input-options.js";
import { judgeItems, type JudgeInputs } from "./judge-items.js";
import {
  describesItems,
  renderFindings,
  renderItems,
  type FindingsFormat,
  type ItemsFormat,
} from "./render-report.js";
import { VALIDATE_HELP } from "./usage.js";
import { writeOutput } from "./write-output.js";

const FORMATS = ["text", "json", "sarif", "github"] as const;

/** `roadmap-gate validate`: exit 0 without errors, 1 with errors, 2 when nothing could be judged. */
export async function validate(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...inputOptions,
      color: { type: "boolean" },
      "only-policy-paths": { type: "boolean" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(VALIDATE_HELP);
    return EXIT.pass;
  }
  const format = parseFormat(values.format, FORMATS, "text");
  const today = parseToday(values.today, io);
  const prometheus = prometheusConnection(values["prometheus-url"], io);
  const github = githubConnection(values["github-url"], values["github-token"], io);
  const inputs = {
    paths: positionals,
    onlyPolicyPaths: values["only-policy-paths"],
    config: values.config,
    today,
    prometheus,
    github,
  };
  const { judged, pieces } = describesItems(format)
    ? await judgeWithViews(inputs, format, io)
    : await judgeFindings(inputs, format, values.color, io);
  for (const remark of judged.remarks) io.stderr(`roadmap-gate: ${remark}\n`);
  const { report } = judged;
  await writeOutput(pieces, values.output, io, summaryLine(report), judged.inputs);
  if (judged.policyBroken) {
    io.stderr("roadmap-gate: the policy file is invalid, so no item was judged; fix it first.\n");
    return EXIT.usage;
  }
  return report.errors > 0 ? EXIT.fail : EXIT.pass;
}

type Inputs = Omit<JudgeInputs, "views">;

async function judgeWithViews(inputs: Inputs, format: ItemsFormat, io: CliIo) {
  const judged = await judgeItems(inputs, io);
  return { judged, pieces: renderItems(judged.report, format) };
}

/** Findings outputs need no item views, and judging without them is faster (see Report). */
async function judgeFindings(
  inputs: Inputs,
  format: FindingsFormat,
  color: boolean | undefined,
  io: CliIo,
) {
  const judged = await judgeItems({ ...inputs, views: false }, io);
  return { judged, pieces: await renderFindings(judged.report, format, { color }) };
}

import { realpath } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadItem } from "../core/item/load-item.js";
import { readOptionsFrom } from "../core/parse/read-options.js";
import { exportSlos, type ExportFormat, type ExportItem } from "../core/slo/export-slos.js";
import { EXIT, type CliIo } from "./cli-io.js";
import { findItemFiles, globPolicyFiles, oncePerFile } from "./find-item-files.js";
import { parseFormat } from "./input-options.js";
import { readPolicy } from "./read-policy.js";
import { readSource, type Boundary } from "./read-source.js";
import { policyRoot, repositoryRoot } from "./repository-root.js";
import { SLO_HELP } from "./usage.js";
import { writeOutput } from "./write-output.js";

const FORMATS = ["openslo", "sloth"] as const satisfies readonly ExportFormat[];

/** `roadmap-gate slo`: SLOs for the gated items' metrics that have an `sli`, as one YAML stream. */
export async function slo(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      config: { type: "string" },
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(SLO_HELP);
    return EXIT.pass;
  }
  const format = parseFormat(values.format, FORMATS, "openslo");
  const root = repositoryRoot(io.cwd);
  const boundary: Boundary = { cwd: io.cwd, root, realRoot: await realpath(root) };
  const { policy, findings, file: policyFile } = await readPolicy(values.config, boundary);
  if (!policy) {
    for (const f of findings) io.stderr(`${f.file}:${f.line}:${f.column} ${f.message}\n`);
    io.stderr("roadmap-gate: the policy file is invalid; fix it first.\n");
    return EXIT.usage;
  }
  const files =
    positionals.length > 0
      ? (await findItemFiles(positionals, boundary)).files
      : await oncePerFile(
          await globPolicyFiles(
            policy.paths,
            boundary,
            "the policy's paths entry",
            policyRoot(policyFile, io.cwd, root),
          ),
          boundary,
        );
  const read = readOptionsFrom(io.env ?? {});
  const items: ExportItem[] = files.flatMap((path) => {
    const loaded = loadItem(readSource(path, boundary), policy.limits.max_file_bytes, read);
    return loaded.ok ? [{ file: loaded.file, data: loaded.data }] : [];
  });
  const exported = exportSlos(items, policy, format);
  for (const remark of exported.remarks) io.stderr(`roadmap-gate: ${remark}\n`);
  if (exported.count === 0)
    io.stderr("roadmap-gate: no gated item has a metric with an `sli` to export.\n");
  const summary = `${exported.count} SLO${exported.count === 1 ? "" : "s"} (${format})`;
  // Never over an input: the policy or an item.
  const inputs = policyFile === undefined ? files : [policyFile, ...files];
  await writeOutput([exported.text], values.output, io, summary, inputs);
  return EXIT.pass;
}

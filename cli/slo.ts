import { realpath } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadItem } from "../core/load/load-item.js";
import { readOptionsFrom } from "../core/parse/read-options.js";
import { exportSlos, type ExportFormat, type ExportItem } from "../core/slo/export-slos.js";
import { EXIT, type CliIo } from "./cli-io.js";
import { findItemFiles, globPolicyFiles, oncePerFile } from "./find-item-files.js";
import { findSloFiles } from "./judge-items.js";
import { parseFormat } from "./input-options.js";
import { readPolicy } from "./read-policy.js";
import { readSource, type Boundary } from "../local/read-source.js";
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
  const globRoot = policyRoot(policyFile, io.cwd, root);
  const files =
    positionals.length > 0
      ? (await findItemFiles(positionals, boundary)).files
      : await oncePerFile(
          await globPolicyFiles(policy.paths, boundary, "the policy's paths entry", globRoot),
          boundary,
        );
  const read = readOptionsFrom(io.env ?? {});
  // One item in memory at a time: the export keeps only what each metric needs.
  function* items(): Generator<ExportItem> {
    for (const path of files) {
      const loaded = loadItem(readSource(path, boundary), policy!.limits.max_file_bytes, read);
      if (loaded.ok) yield { file: loaded.file, data: loaded.data };
    }
  }
  const exported = exportSlos(items(), policy, format);
  for (const remark of exported.remarks) io.stderr(`roadmap-gate: ${remark}\n`);
  if (exported.collisions.length > 0) {
    for (const collision of exported.collisions) io.stderr(`roadmap-gate: ${collision}\n`);
    io.stderr("roadmap-gate: nothing was exported: SLO names must be unique.\n");
    return EXIT.fail;
  }
  if (exported.count === 0)
    io.stderr("roadmap-gate: no gated item has a metric with an `sli` to export.\n");
  const summary = `${exported.count} SLO${exported.count === 1 ? "" : "s"} (${format})`;
  // Never over an input, as validate: the policy, an item or an SLO file the policy names.
  const sloFiles = (await findSloFiles(policy.slo.files, boundary, [], globRoot)) ?? [];
  const inputs = [...(policyFile === undefined ? [] : [policyFile]), ...files, ...sloFiles];
  await writeOutput(exported.documents, values.output, io, summary, inputs);
  return EXIT.pass;
}

// The floor: what any validator pays for a directory of items: read every file, parse it.
//   node bench/child/floor.mjs DIR js-yaml|yaml
import process from "node:process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";
import { parse } from "yaml";

const [dir, parser] = process.argv.slice(2);
const load =
  parser === "yaml"
    ? (text) => parse(text, { schema: "core" })
    : (text) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
let count = 0;
for (const name of readdirSync(join(dir, "roadmap"))) {
  try {
    load(readFileSync(join(dir, "roadmap", name), "utf8"));
  } catch {
    // A broken file costs what it costs; the floor only reads and parses.
  }
  count++;
}
process.stdout.write(`${count}\n`);

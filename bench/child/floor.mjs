// The floor: what any validator pays for a directory of items: read every file, parse it.
//   node bench/child/floor.mjs DIR js-yaml|yaml|block   (block: roadmap-gate's own reader, then
//   js-yaml for what it leaves, as the engine does; needs the build: npm run build)
import process from "node:process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";
import { parse } from "yaml";

const [dir, parser] = process.argv.slice(2);
const jsYamlLoad = (text) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
const { parseBlockYaml } =
  parser === "block" ? await import("../../lib/core/parse/block-yaml.js") : {};
const load =
  parser === "yaml"
    ? (text) => parse(text, { schema: "core" })
    : parser === "block"
      ? (text) => parseBlockYaml(text) ?? jsYamlLoad(text)
      : jsYamlLoad;
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

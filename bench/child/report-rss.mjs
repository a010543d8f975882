// Loaded with `node --import` when /usr/bin/time is missing: reports this process's peak RSS (KiB).
import process from "node:process";
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});

import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's `chromium` package: the browser the HTML report is tested in (.ci/run installs it). */
export const CHROMIUM = process.env.ROADMAP_GATE_CHROMIUM ?? "/usr/bin/chromium";

export const chromiumInstalled = existsSync(CHROMIUM);

/** One headless browser for a test file; root (CI, containers) needs `--no-sandbox`. */
export function launchChromium(): Promise<Browser> {
  const root = process.getuid?.() === 0;
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: root ? ["--no-sandbox"] : [],
  });
}

import { freshLib } from "./fresh-lib.js";

/**
 * Before any test file: lib/ and the CLI bundle, rebuilt once if older than the sources. The App's
 * e2e tests run the compiled app (what `npm start` runs), the CLI's the bundled bin, and worker
 * threads compiled code; building here, once, means no two test files rebuild lib/ at once.
 */
export default async function setup(): Promise<void> {
  const folders = ["action", "app", "cli", "core", "github", "local", "prometheus", "thread"];
  if (!(await freshLib({ folders, cliBundle: true })))
    throw new Error("lib/ could not be built: run `npm run build` to see why");
}

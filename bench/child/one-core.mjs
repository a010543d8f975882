// Loaded with `node --import` to measure the CLI as on a one-core machine (no worker threads).
import os from "node:os";
import { syncBuiltinESMExports } from "node:module";

os.availableParallelism = () => 1;
syncBuiltinESMExports();

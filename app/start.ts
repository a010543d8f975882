// `npm start`: Probot's own `probot run` of the app (app/index.ts), taking the same options and
// environment, with one addition: the health check also answers in Probot's setup mode.
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { run, Server } from "probot";
import { healthCheck } from "./health.js";

// Without APP_ID (outside NODE_ENV=production, where Probot refuses to start), `probot run` serves
// only its app-creation pages and never loads the app, so /healthz, the liveness endpoint, was a
// 404. Probot builds a server's handlers when it starts, from those added by then: add it there.
// In normal mode the app adds it too (app/index.ts); the first to answer wins.
const start = Server.prototype.start;
Server.prototype.start = function startWithHealthCheck(this: Server) {
  this.addHandler(healthCheck);
  return start.call(this);
};

const self = fileURLToPath(import.meta.url);
const app = fileURLToPath(new URL(`./index${extname(self)}`, import.meta.url));
await run([process.argv[0]!, self, app, ...process.argv.slice(2)]);

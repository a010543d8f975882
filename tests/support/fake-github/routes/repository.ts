import { json } from "../router.js";
import { repoJson } from "../rest-shapes.js";
import { repoRoute } from "./repo-route.js";

export const repositoryRoutes = [
  repoRoute("GET", "", (ctx, repo) => json(200, repoJson(repo, ctx.apiBase))),
];

# roadmap-gate GitHub App. Configure with APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH) and
# WEBHOOK_SECRET; webhooks at /api/github/webhooks, health at /healthz. See docs/app.md.

# Node 24 LTS: Node 20 reached end of life in April 2026.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY app/package.json ./app/
# --ignore-scripts: dependencies need no install scripts; the build runs below.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
# Every folder tsconfig.build.json includes (tests/image/dockerfile.test.ts keeps the two in step).
COPY core ./core
COPY cli ./cli
COPY action ./action
COPY app ./app
COPY github ./github
COPY local ./local
COPY prometheus ./prometheus
COPY thread ./thread
COPY schemas ./schemas
# The App needs only the compiled lib/, not the CLI bundle.
RUN npm run build:lib

FROM node:24-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    LOG_FORMAT=json
WORKDIR /app
COPY package.json package-lock.json ./
# ioredis is a production dependency of the app workspace: with REDIS_URL, Probot loads it to
# share throttling.
COPY app/package.json ./app/
# The App's dependencies are those of the app workspace (app/package.json); the root package, the
# CLI, has none at run time.
RUN npm ci --omit=dev --ignore-scripts --workspace app --include-workspace-root \
    && npm cache clean --force
COPY --from=build /app/lib ./lib
COPY app.yml ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npm", "start"]

# syntax=docker/dockerfile:1
# Production image: Node 24 slim, no build step (Node runs the TypeScript sources directly),
# configured by environment variables, DATABASE_URL first among them.
# The build context is what .dockerignore lets through: the files copied below and nothing else.

FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json scripts/install-production.sh ./
# Production dependencies only (no dev tools, no Node-from-npm, no embedded PostgreSQL), and of Scalar's
# reference only the bundle the server serves (sizes in docs/decisions.md, Deployment).
RUN sh install-production.sh

FROM node:24-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json mikro-orm.config.ts LICENSE ./
COPY --chown=node:node src ./src
COPY --chown=node:node scripts ./scripts
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations run at start-up (compose.yaml runs them once, before the servers); DATABASE_URL, JWT_SECRET (or
# JWT_JWKS_URL) and CREDENTIALS_KEY are required in production.
CMD ["node", "--max-semi-space-size=8", "src/main.ts"]

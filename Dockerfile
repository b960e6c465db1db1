# One image for every boxoffice service; the command picks which one runs.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY bench ./bench
COPY scripts ./scripts
COPY patches ./patches
COPY schema ./schema
COPY web ./web
# The build includes the web app (web/dist), which the gateway serves at /app/.
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app ./
USER node

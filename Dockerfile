# archgate in a container: `docker build -t archgate .` (podman: add `--format docker`, or the OCI format
# drops the HEALTHCHECK). README.md, "Container", says how to run it. test/container.test.ts builds and runs
# this file with podman.
#
# BASE is any Debian bookworm image with Node.js >= 20.19 and npm; the test passes one it builds locally,
# where no image registry is reachable.
ARG BASE=node:20-bookworm-slim

FROM ${BASE} AS build
# better-sqlite3 compiles from source where its prebuilt binary cannot be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Each step copies only what it depends on, so that an edit to the sources reuses the installed modules.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY console/package.json console/package-lock.json console/
RUN cd console && npm ci --include=dev --no-audit --no-fund
# The console imports the API's types from src/client and the enumerations of src/domain/enums.ts; it is
# built here so that the container serves it without `npm start`'s build at every first start.
COPY scripts/console-build.mjs scripts/dir-lock.mjs scripts/
COPY console/ console/
COPY src/client/ src/client/
COPY src/domain/enums.ts src/domain/enums.ts
RUN node scripts/console-build.mjs --force
COPY tsconfig.json ./
COPY bin/ bin/
COPY src/ src/
# The server compiled to build/, as `npm start` runs it (scripts/build-server.mjs says why).
COPY scripts/build-server.mjs scripts/
RUN node scripts/build-server.mjs

FROM ${BASE}
WORKDIR /app
# A fixed uid, so that a volume's owner and Kubernetes' runAsNonRoot can name it.
RUN groupadd --gid 10001 archgate \
 && useradd --uid 10001 --gid archgate --home-dir /app --no-create-home --shell /usr/sbin/nologin archgate \
 && mkdir -p /app/data \
 && chown archgate:archgate /app/data
# Owned by root: the server cannot rewrite its own code.
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/node_modules/ node_modules/
COPY --from=build /app/bin/ bin/
COPY --from=build /app/src/ src/
COPY --from=build /app/build/ build/
COPY --from=build /app/console/dist/ console/dist/
# ARCHGATE_DB is left unset: its default, sqlite:./data/archgate.db, is the volume below, and
# ARCHGATE_MODE=ci keeps its in-memory store.
ENV NODE_ENV=production \
    ARCHGATE_HOST=0.0.0.0 \
    ARCHGATE_PORT=8080 \
    PATH=/app/bin:$PATH
# The SQLite store and its sealing key (archgate.key, beside it): keep them, and back them up together.
VOLUME /app/data
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.ARCHGATE_PORT||8080)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# What `npm start` runs (package.json's `start`, word for word: test/unit/server-command.test.ts checks it;
# scripts/build-server.mjs says why each setting), without its dependency check and builds: those were done
# above. env execs node, so node is PID 1 and handles SIGTERM itself (src/main.ts): `docker stop` finishes
# the requests in flight.
CMD ["env", "MALLOC_MMAP_THRESHOLD_=4194304", "node", "--max-old-space-size=1024", "--max-semi-space-size=8", "--min-semi-space-size=4", "build/main.js"]

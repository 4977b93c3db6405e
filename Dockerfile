# OCR Error Desk as a container: a standalone Next.js build served by our production server on port 3000.
#   docker build -t ocr-error-desk .
#   docker build --build-arg BASE_PATH=/ocr-errors --build-arg FRAME_ANCESTORS=https://wiki.example.com -t ocr-error-desk .
#   docker run -p 3000:3000 ocr-error-desk
#   docker run -p 3000:3000 -e REQUEST_TIMEOUT_MS=60000 -e MAX_CONNECTIONS=1000 ocr-error-desk
# BASE_PATH, FRAME_ANCESTORS and NOTES_DIR are read when the app is built, so they are build arguments.
# The server's limits (HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, SOCKET_IDLE_TIMEOUT_MS,
# MAX_CONNECTIONS) are read when it starts, so they are run-time environment variables (README, "Self-hosting").
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG BASE_PATH=""
ARG FRAME_ANCESTORS=""
ARG NOTES_DIR=""
RUN BASE_PATH="$BASE_PATH" FRAME_ANCESTORS="$FRAME_ANCESTORS" NOTES_DIR="$NOTES_DIR" NEXT_OUTPUT=standalone npm run build
# Next's standalone server.js has no request timeouts, no connection cap and no per-page CSP (pages would not
# hydrate under the CSP, which allows no inline script): ship scripts/server.ts instead, as one plain JS file.
RUN npx esbuild scripts/server.ts --bundle --platform=node --target=node20 --format=cjs --external:next \
      --outfile=.next/standalone/ocr-server.cjs

FROM node:20-bookworm-slim
WORKDIR /app
ARG BASE_PATH=""
ENV BASE_PATH=$BASE_PATH
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+(process.env.BASE_PATH||'')+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "ocr-server.cjs"]

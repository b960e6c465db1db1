import { defineConfig } from 'vite';

/**
 * The app is served by the gateway under /app/ (same origin as /graphql, so no CORS and the
 * websocket goes to the same host). `npm run dev -w web` proxies the API to a running stack.
 */
export default defineConfig({
  base: '/app/',
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/graphql': { target: process.env.BOXOFFICE_GATEWAY_URL ?? 'http://127.0.0.1:4000', ws: true } },
  },
});

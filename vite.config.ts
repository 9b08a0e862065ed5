// `npm start`: the demo pages and the REACH sandbox on one origin.
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { createSandbox } from './src/sandbox/index.js';
import { serveCdnBuild } from './scripts/cdn.js';

function reachSandbox(): Plugin {
  return {
    name: 'reach-sandbox',
    configureServer(server) {
      // Test controls are on so the demo can fast-forward the sandbox clock.
      const sandbox = createSandbox({ testControls: true, speed: Number(process.env.REACH_SANDBOX_SPEED ?? 1) });
      server.middlewares.use(sandbox.middleware);
      // The drop-in page loads the real CDN build, as a CMS does; it is built in memory on its first request.
      server.middlewares.use(serveCdnBuild());
      server.httpServer?.once('listening', () => {
        const partners = Object.values(sandbox.state.partners as Record<string, { id: number; adminSecret: string }>);
        const secrets = partners.map((partner) => `partner ${partner.id}: ${partner.adminSecret}`).join(', ');
        server.config.logger.info(`  REACH sandbox on the same origin (/api_v3) — admin secrets: ${secrets}`);
      });
    },
  };
}

export default defineConfig({
  plugins: [reachSandbox()],
  server: { port: Number(process.env.PORT ?? 8787), strictPort: false, host: '127.0.0.1' },
  // Every demo page's dependencies are pre-bundled at start, so opening one does not reload it half-way.
  optimizeDeps: { entries: ['index.html', 'demo/*.html'] },
  build: {
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
      },
    },
  },
});

import type { Plugin, ViteDevServer } from 'vite';
import type { DevApplication } from './dev-application.js';

/** Loaded through Vite, not imported here: a change to the server reloads it without restarting Vite. */
const ENTRY = '/server/dev/dev-application.ts';

/** Saves often come in bursts (an editor writing several files, a git checkout): restart once. */
const RESTART_DEBOUNCE_MS = 150;

/**
 * `npm run dev`: Vite's dev server with hot module replacement for the pages, and the real
 * Samråd server (API, Socket.IO, hub, file log) on the same port. Requests reach the server
 * first, as in production, where the pages are mounted after its routes: security headers,
 * then `/healthz` and `/api`, then the pages. Socket.IO's requests and upgrades go to its own
 * engine; Vite's HMR socket stays Vite's. When a file the server loaded changes, only the
 * server part restarts: its sockets close, and the open pages reconnect and resync by
 * themselves, as after a crash.
 */
export function samradDevServer(): Plugin {
  return {
    name: 'samrad-dev-server',
    // Vitest runs a Vite server too: its tests start their own Samråd servers.
    apply: (_config, { command }) => command === 'serve' && !process.env.VITEST,
    configureServer(vite) {
      const httpServer = vite.httpServer;
      if (!httpServer) return; // middleware mode: whoever embeds Vite serves the API
      const server = new DevServerPart(vite);

      // Added here, directly, so it runs before Vite's own middlewares and SvelteKit's pages.
      vite.middlewares.use((req, res, next) => {
        server.current.then(
          (app) => (app.isSocketPath(req.url) ? app.request(req, res) : app.handle(req as never, res as never, next)),
          (error: unknown) => next(error)
        );
      });
      httpServer.on('upgrade', (req, socket, head) => {
        server.current.then(
          (app) => app.isSocketPath(req.url) && app.upgrade(req, socket, head),
          () => socket.destroy()
        );
      });
      vite.watcher.on('all', (_event, file) => server.onFileChanged(file));
      httpServer.once('close', () => void server.close());
    }
  };
}

/** The current server part, and restarting it when a file it loaded changes. */
class DevServerPart {
  current: Promise<DevApplication>;
  #vite: ViteDevServer;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(vite: ViteDevServer) {
    this.#vite = vite;
    this.current = this.#load();
  }

  onFileChanged(file: string) {
    // Exactly the files the server loaded (server/, the domain, the protocol), none of the pages'.
    if (!this.#vite.environments.ssr.moduleGraph.getModulesByFile(file)?.size) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#restart(), RESTART_DEBOUNCE_MS);
  }

  async close() {
    clearTimeout(this.#timer);
    await this.current.then((app) => app.close()).catch(() => undefined);
  }

  async #restart() {
    const previous = this.current;
    this.current = previous
      .then((app) => app.close())
      .catch(() => undefined)
      .then(() => this.#load());
    await this.current.catch(() => undefined);
    this.#vite.config.logger.info('samråd server restarted', { timestamp: true });
  }

  async #load(): Promise<DevApplication> {
    try {
      const module = (await this.#vite.ssrLoadModule(ENTRY)) as typeof import('./dev-application.js');
      return await module.startDevApplication();
    } catch (error) {
      this.#vite.config.logger.error(`samråd server failed to start: ${(error as Error).stack ?? String(error)}`, { timestamp: true });
      throw error;
    }
  }
}

import { resolve } from 'node:path';

/** Everything the server takes from its environment, read once at start. */
export interface Config {
  port: number;
  host: string;
  /** What the QR code encodes, e.g. https://samrad.example.se. Empty: taken from each request's Host. */
  publicUrl: string;
  dataDir: string;
  /** When set, workshops live in Redis and several processes can serve them together. */
  redisUrl: string;
  /** Milliseconds between two deltas to one audience room (~10 Hz). */
  tickMs: number;
  /** Milliseconds between two counts of participants online. */
  presenceMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const publicUrl = (env.PUBLIC_URL ?? '').trim().replace(/\/+$/, '');
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) throw new Error(`PUBLIC_URL must start with http:// or https://, got ${publicUrl}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    publicUrl,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    redisUrl: (env.REDIS_URL ?? '').trim(),
    tickMs: 100,
    presenceMs: 2000
  };
}

/** The participant link for a join code: PUBLIC_URL when set, else the origin the request came to. */
export function joinUrl(config: Pick<Config, 'publicUrl'>, code: string, requestOrigin: string): string {
  return `${config.publicUrl || requestOrigin}/w/${code}`;
}

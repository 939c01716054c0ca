import { readdirSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { RequestHandler, Response } from 'express';
import { logger } from '../logger.js';

/** The hashed build output: never changes under its name, so browsers may keep it for a year. */
const IMMUTABLE = '/_app/immutable/';
/** Precompressed copies `vite build` writes beside each file (adapter-node `precompress`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' }
] as const;

/** Every file under `dir` as a URL path (`/favicon.svg`), as it was at start. */
function filesAtStart(dir: string): Set<string> {
  const found = new Set<string>();
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) found.add('/' + relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  } catch {
    // No build yet: nothing to serve, and nothing stale to guard.
  }
  return found;
}

const fileStats = (path: string): Promise<Stats | undefined> =>
  stat(path).then(
    (stats) => (stats.isFile() ? stats : undefined),
    () => undefined
  );

/**
 * The built pages' static files (`build/client`), served before SvelteKit's own handler.
 * That handler lists the files once at start and streams them without an error handler, so a
 * file that vanished (an in-place redeploy) crashed the process, and one that changed size
 * was sent with a wrong length. Here every request looks at the file as it is now: gone → 404
 * (for a path the build had — anything else goes on to the pages), changed → sent whole, and
 * a read that fails midway ends that response only, logged once per path. Precompressed
 * copies are used when the browser takes them.
 */
export function staticAssets(clientDir: string): RequestHandler {
  const known = filesAtStart(clientDir);
  const reported = new Set<string>();
  const reportOnce = (path: string, error: unknown) => {
    if (reported.has(path)) return;
    reported.add(path);
    logger.warn('static_file_failed', { path, error: (error as NodeJS.ErrnoException)?.code ?? String(error) });
  };

  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (path.includes('\0') || path.split('/').includes('..')) return next();
    const original = await fileStats(join(clientDir, path));
    if (!original) return known.has(path) ? void res.status(404).end() : next();

    res.vary('Accept-Encoding');
    const accepted = req.get('accept-encoding') ?? '';
    let served = path;
    for (const encoding of ENCODINGS) {
      if (!accepted.includes(encoding.name) || !(await fileStats(join(clientDir, path + encoding.suffix)))) continue;
      served = path + encoding.suffix;
      res.setHeader('Content-Encoding', encoding.name);
      break;
    }
    // The type of what the file is, not of its compressed copy; send keeps a type already set.
    res.type(extname(path) || 'application/octet-stream');
    res.setHeader('Cache-Control', path.startsWith(IMMUTABLE) ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.sendFile(served.slice(1), { root: clientDir, dotfiles: 'deny', cacheControl: false }, (error) => {
      if (!error) return;
      reportOnce(path, error);
      answerFailure(res, error);
    });
  };
}

/** A file that went between the look and the read is 404; one that failed midway ends its response. */
function answerFailure(res: Response, error: NodeJS.ErrnoException): void {
  if (res.headersSent) return void res.destroy();
  res.removeHeader('Content-Encoding');
  res.removeHeader('Cache-Control');
  res.status(error.code === 'ENOENT' ? 404 : 500).end();
}

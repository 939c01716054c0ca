import { appendFile, cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './process.js';

/**
 * An in-place redeploy replaces the build directory under a running server. The server
 * must answer each request for a file that vanished or changed sensibly and never crash.
 * Runs on a copy of the real build (`npm test` builds before it runs the tests).
 */

const built = fileURLToPath(new URL('../../build', import.meta.url));
let server: ServerProcess | undefined;
afterAll(() => void server?.child.kill('SIGKILL'));

describe('the static files of the build', () => {
  it('are served as they are now: a vanished file is 404, a changed one is sent whole, and the server stays up', async () => {
    expect((await stat(join(built, 'handler.js')).catch(() => undefined))?.isFile(), 'run `npm run build` first').toBe(true);
    const project = await mkdtemp(join(tmpdir(), 'samrad-build-'));
    const buildDir = join(project, 'build');
    // The build is ES modules, as the project's package.json says.
    await writeFile(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
    await cp(built, buildDir, { recursive: true });
    server = await startServerProcess({ PORT: '0', DATA_DIR: await mkdtemp(join(tmpdir(), 'samrad-static-')), SAMRAD_BUILD_DIR: buildDir });

    const immutable = join(buildDir, 'client', '_app', 'immutable', 'entry');
    const script = (await readdir(immutable)).find((name) => name.endsWith('.js'))!;
    const url = `${server.url}/_app/immutable/entry/${script}`;
    const first = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('content-type')).toMatch(/javascript/);
    expect(first.headers.get('cache-control')).toContain('immutable');
    await first.arrayBuffer();

    // The whole build goes away under the running server.
    await rm(buildDir, { recursive: true, force: true });
    const gone = await fetch(url, { headers: { 'accept-encoding': 'br' } });
    expect(gone.status).toBe(404);
    expect((await fetch(`${server.url}/favicon.svg`)).status).toBe(404);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // A new build arrives in its place, this file changed (and no compressed copy of it).
    await cp(built, buildDir, { recursive: true });
    await rm(join(immutable, `${script}.br`));
    await rm(join(immutable, `${script}.gz`), { force: true });
    await appendFile(join(immutable, script), '\n// rebuilt\n');
    const changed = await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('content-encoding')).toBeNull();
    const body = await changed.text();
    expect(body.endsWith('\n// rebuilt\n')).toBe(true);
    expect(Number(changed.headers.get('content-length'))).toBe((await stat(join(immutable, script))).size);

    // Pages still render, and the process never exited.
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });
});

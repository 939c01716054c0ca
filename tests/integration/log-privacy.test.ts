import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandEvent } from '../../src/lib/protocol/schemas.js';
import { cid, client, closeClients, createWorkshop, type FieldsArg, send, sendCommand, sendUnchecked } from './helpers.js';

/**
 * A whole small workshop through a real server process at LOG_LEVEL=debug, with
 * distinctive names, texts, contact details and keys; then none of them may appear in
 * anything the process wrote to stdout or stderr.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const SECRETS = {
  name: 'Zelmira Quokkadottir',
  association: 'Xylofonsällskapet Qwfp',
  text: 'Hemlig tolkning om vattentornet Vxqz',
  edited: 'Rättad tolkning Jqxw',
  note: 'Papperslapp Kqzv',
  contact: 'zelmira.qx@example.org',
  comment: 'Utvärderingskommentar Wqxz'
};

let child: ReturnType<typeof spawn> | undefined;
afterAll(() => {
  closeClients();
  child?.kill('SIGKILL');
});

async function startLoggingServer() {
  const dataDir = await mkdtemp(join(tmpdir(), 'samrad-logs-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'debug', SAMRAD_BUILD_DIR: '/nonexistent' };
  delete env.SAMRAD_QUIET;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  const output = { stdout: '', stderr: '' };
  proc.stderr!.on('data', (chunk) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (chunk) => {
      output.stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output.stdout);
      if (match) resolve(match[1]!.replace('localhost', '127.0.0.1'));
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${output.stderr}`)));
  });
  return { url, output, exited, stop: () => proc.kill('SIGTERM') };
}

describe('logs', () => {
  it('hold no post texts, names, contact details, tokens or keys, even at debug level', { timeout: 60_000 }, async () => {
    const server = await startLoggingServer();
    const created = await createWorkshop(server.url);
    const f = await client(server.url);
    const command = <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(f, event, ...fields);
    expect((await send(f, 'facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
    await command('phase:set', { phase: { kind: 'round', roundId: 'samtal-1', stage: 'collecting' } });

    const p = await client(server.url);
    const joined = await send(p, 'participant:join', { code: created.code, name: SECRETS.name, association: SECRETS.association });
    const act = <E extends CommandEvent>(event: E, ...fields: FieldsArg<E>) => sendCommand(p, event, ...fields);
    const posted = await act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: SECRETS.text });
    expect(posted.ok).toBe(true);
    await command('post:edit', { postId: posted.postId, text: SECRETS.edited });
    await command('note:add', { roundId: 'samtal-1', topicIds: ['dialog'], text: SECRETS.note, table: 2, people: 4 });
    expect((await act('signup:set', { name: SECRETS.name, contact: SECRETS.contact, consent: true })).ok).toBe(true);
    await command('phase:set', { phase: { kind: 'evaluation' } });
    expect((await act('evaluation:answer', { scores: {}, comment: SECRETS.comment })).ok).toBe(true);

    // Refusals and malformed input carry the same words.
    await act('post:create', { roundId: 'nope', topicIds: ['dialog'], text: SECRETS.text });
    await act('post:create', { roundId: 'samtal-1', topicIds: ['dialog'], text: SECRETS.text.repeat(40) });
    await sendUnchecked(p, 'participant:update', { commandId: cid(), name: SECRETS.name, association: SECRETS.association, extra: SECRETS.contact });
    await send(await client(server.url), 'facilitator:join', { workshopId: created.workshopId, key: `${created.key.slice(0, -4)}xxxx` });
    // A template's name is a meeting title (its id, which is logged, is made from it), not a person's: not checked here.
    await fetch(`${server.url}/api/templates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workshopId: created.workshopId, key: created.key, name: 'Vår mall' }) });

    // A new key, a participant forgetting themself, and the workshop deleted.
    const rotated = await send(f, 'facilitator:rotate-key', { commandId: cid() });
    expect(rotated.ok).toBe(true);
    expect(await act('participant:erase', {})).toEqual({ ok: true });
    expect(await command('workshop:delete', { confirm: true })).toEqual({ ok: true });

    server.stop();
    await server.exited;
    const written = (server.output.stdout + server.output.stderr).toLowerCase();
    // The logs did say what happened…
    for (const event of ['workshop_created', 'facilitator_key_rotated', 'workshop_deleted', 'stopping']) expect(server.output.stderr).toContain(event);
    // …and nothing of what people wrote, nor any secret.
    // Compared case-blind: a slug or a lower-cased copy counts as a leak too.
    for (const secret of [...Object.values(SECRETS), created.key, rotated.key, joined.token]) expect(written).not.toContain(secret.toLowerCase());
    for (const fragment of ['Quokkadottir', 'Qwfp', 'Vxqz', 'Jqxw', 'Kqzv', 'zelmira.qx', 'Wqxz']) expect(written).not.toContain(fragment.toLowerCase());
  });
});

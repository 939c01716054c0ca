import { nanoid } from 'nanoid';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { applyDelta, type AudienceDelta } from '../../src/lib/domain/deltas.js';
import type { Stage } from '../../src/lib/domain/types.js';
import type { AudienceSnapshot } from '../../src/lib/domain/views.js';
import type { ClientPayload, CommandEvent } from '../../src/lib/protocol/schemas.js';
import { createWorkshop } from './helpers.js';
import { nginxInstalled, startNginx, type Nginx } from './nginx.js';
import { freeListenPort, startServerProcess, type ServerProcess } from './process.js';
import { startRedis, type RedisServer } from './redis-server.js';

/**
 * The deployment of docs/operations.md in miniature: Debian's nginx with deploy/nginx/samrad.conf
 * in front of three processes and a redis-server of the test's own. 200 phones connect through
 * nginx with the browser's transports (long-polling, then the upgrade), vote, and the processes
 * are restarted one by one (SIGTERM, each exits 0) during the votes. Every acknowledged vote is
 * counted exactly once and every phone is back. Heavy (about a minute on two cores): run with
 * SAMRAD_NGINX_TEST=1 (and nginx installed); not part of the default run.
 */
const PHONES = Number(process.env.SAMRAD_NGINX_PHONES ?? 200);
const POSTERS = 5;
const TOKEN = 'metrics-token-rolling-0123456789';
const enabled = process.env.SAMRAD_NGINX_TEST === '1' && nginxInstalled();

type Ack = { ok: boolean; error?: string; [key: string]: any };
let redis: RedisServer | undefined;
let nginx: Nginx | undefined;
const servers: ServerProcess[] = [];
const sockets: Socket[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const server of servers) server.child.kill('SIGKILL');
  await nginx?.stop();
  await redis?.stop();
});

/** A phone like the browser's: joins again with its token after every reconnect, re-sends a command with its id until answered. */
class Phone {
  readonly socket: Socket;
  /**
   * Chosen before the first join, as the browser does: two joins in flight at once (a
   * reconnect while the first is unanswered) are then one participant, not two.
   */
  readonly token = nanoid(32);
  joined = false;
  /** What this client shows: the last join's snapshot with every delta since applied. */
  view: AudienceSnapshot | undefined;
  #waiting: Array<() => void> = [];

  /** `join`: `{ code }` for a phone or (`screen:join`) a projector, `{ workshopId, key }` for a console. */
  constructor(url: string, readonly join: { code: string } | { workshopId: string; key: string }, readonly joinEvent = 'key' in join ? 'facilitator:join' : 'participant:join') {
    this.socket = connect(url, { forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 1000 });
    sockets.push(this.socket);
    this.socket.on('connect', () => void this.#join());
    this.socket.on('disconnect', () => (this.joined = false));
    this.socket.on('workshop:changed', (delta: AudienceDelta) => {
      // A gap: take a fresh snapshot, as the browser does.
      if (this.view && !applyDelta(this.view, delta)) void this.#resync();
      for (const wake of this.#changed.splice(0)) wake();
    });
  }
  #changed: Array<() => void> = [];

  async #resync(): Promise<void> {
    const ack: Ack | null = await this.socket.timeout(5000).emitWithAck('sync:request', {}).catch(() => null);
    if (ack?.ok) this.view = ack.snapshot;
  }

  /** Resolves once what this client shows satisfies `holds` (checked on every change). */
  async until(holds: (view: AudienceSnapshot) => boolean): Promise<void> {
    while (!this.view || !holds(this.view)) await new Promise<void>((resolve) => this.#changed.push(resolve));
  }

  async #join(): Promise<void> {
    while (this.socket.connected && !this.joined) {
      const ack: Ack | null = await this.socket.timeout(5000).emitWithAck(this.joinEvent, { ...this.join, ...(this.joinEvent === 'participant:join' ? { token: this.token } : {}) }).catch(() => null);
      if (ack?.ok) {
        this.joined = true;
        this.last = ack;
        this.view = ack.snapshot;
        for (const wake of this.#changed.splice(0)) wake();
        for (const wake of this.#waiting.splice(0)) wake();
      } else await new Promise((resolve) => setTimeout(resolve, 200)); // the browser's retry pause
    }
  }
  last: Ack | undefined;

  ready(): Promise<void> {
    return this.joined ? Promise.resolve() : new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Sends until answered (after reconnects, with the same command id); resolves with the answer. */
  async command<E extends CommandEvent>(event: E, payload: ClientPayload<E>): Promise<Ack> {
    for (;;) {
      await this.ready();
      const ack: Ack | null = await this.socket.timeout(5000).emitWithAck(event, payload).catch(() => null);
      if (ack?.error === 'not_joined' || ack?.error === 'unavailable') {
        this.joined = false;
        void this.#join();
      }
      if (!ack || !this.joined) continue;
      return ack;
    }
  }
}

async function metricsSum(port: number, series: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  return text.split('\n').filter((line) => line.startsWith(series)).reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe.runIf(enabled)('three processes behind nginx, restarted one by one', () => {
  it('counts every acknowledged vote once and gets every phone back', { timeout: 240_000 }, async () => {
    redis = await startRedis({ extraArgs: ['--appendonly', 'yes', '--appendfsync', 'always'] });
    const ports = [await freeListenPort(), await freeListenPort(), await freeListenPort()];
    const env = (port: number) => ({ PORT: String(port), REDIS_URL: redis!.url, TRUST_PROXY: '1', ADDRESS_LIMIT_FACTOR: '0', METRICS_TOKEN: TOKEN });
    for (const port of ports) servers.push(await startServerProcess(env(port)));
    nginx = await startNginx(ports, { tls: false });

    const created = await createWorkshop(nginx.url);
    const facilitator = new Phone(nginx.url, { workshopId: created.workshopId, key: created.key });
    await facilitator.ready();
    const phase = (stage: Stage) => facilitator.command('phase:set', { commandId: `phase-${stage}`, phase: { kind: 'round', roundId: 'samtal-1', stage } });
    expect((await phase('collecting')).ok).toBe(true);

    const projector = new Phone(nginx.url, { code: created.code }, 'screen:join');
    await projector.ready();
    const phones = Array.from({ length: PHONES }, () => new Phone(nginx!.url, { code: created.code }));
    await Promise.all(phones.map((phone) => phone.ready()));
    const posts: string[] = [];
    for (const [i, phone] of phones.slice(0, POSTERS).entries()) {
      const ack = await phone.command('post:create', { commandId: `post-${i}`, roundId: 'samtal-1', topicIds: ['dialog'], text: `Förslag ${i}` });
      expect(ack.ok).toBe(true);
      posts.push(ack.postId);
    }
    expect((await phase('voting')).ok).toBe(true);

    // Each phone casts 3 votes for posts not its own; restarts begin once some are acknowledged.
    const acked = new Map<string, number>();
    let startRestarts!: () => void;
    const some = new Promise<void>((resolve) => (startRestarts = resolve));
    let answered = 0;
    const voting = phones.map(async (phone, i) => {
      const choices = posts.filter((_, p) => p !== i).slice(0, 3);
      for (const [n, postId] of choices.entries()) {
        const ack = await phone.command('vote:cast', { commandId: `vote-${i}-${n}`, postId });
        expect(ack).toEqual({ ok: true });
        acked.set(postId, (acked.get(postId) ?? 0) + 1);
        if (++answered >= PHONES / 2) startRestarts();
      }
    });
    await some;
    const holders = await Promise.all(ports.map((port) => metricsSum(port, 'samrad_sockets_connected{audience="participant"}')));
    // The process holding the phones first (nginx hashes one client address to one process), then the others.
    const order = ports.map((_, i) => i).sort((a, b) => holders[b]! - holders[a]!);
    for (const i of order) {
      servers[i]!.child.kill('SIGTERM');
      expect(await servers[i]!.exited).toBe(0);
      servers[i] = await startServerProcess(env(ports[i]!));
    }
    await Promise.all(voting);
    await Promise.all(phones.map((phone) => phone.ready()));
    expect(phones.filter((phone) => phone.socket.connected && phone.joined)).toHaveLength(PHONES);

    // A fresh console through nginx: every acknowledged vote counted, none twice.
    const check = new Phone(nginx.url, { workshopId: created.workshopId, key: created.key });
    await check.ready();
    const tallies = check.last!.snapshot.tallies as Record<string, number>;
    expect(Object.fromEntries(posts.map((id) => [id, tallies[id]]))).toEqual(Object.fromEntries(posts.map((id) => [id, acked.get(id) ?? 0])));
    expect([...acked.values()].reduce((a, b) => a + b, 0)).toBe(PHONES * 3);
    // The projector, which followed the whole burst through its reconnects, shows the same counts as the export.
    expect((await phase('results')).ok).toBe(true);
    const exported = await fetch(`${nginx.url}/api/workshops/${created.workshopId}/export.json`, { headers: { authorization: `Bearer ${created.key}` } });
    expect(exported.status).toBe(200);
    const exportedVotes = Object.fromEntries(((await exported.json()) as { workshop: { posts: Array<{ id: string; votes: number }> } }).workshop.posts.map((post) => [post.id, post.votes]));
    await projector.until((view) => posts.every((id) => view.tallies[id] === exportedVotes[id]));
    expect(exportedVotes).toEqual(Object.fromEntries(posts.map((id) => [id, acked.get(id) ?? 0])));
    // The counters moved, on the processes as they are now (after their restarts).
    const rejoins = await Promise.all(ports.map((port) => metricsSum(port, 'samrad_commands_total{event="participant:join",outcome="ok"}')));
    expect(rejoins.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(PHONES);
  });
});

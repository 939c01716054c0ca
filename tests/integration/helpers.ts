import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll } from 'vitest';
import { createApplication, type Application } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import type { RateLimitSettings } from '../../server/edge/rate-limits.js';
import { openStorage } from '../../server/storage.js';
import { applyDelta, type AudienceDelta } from '../../src/lib/domain/deltas.js';
import type { AudienceSnapshot } from '../../src/lib/domain/views.js';
import type { ErrorCode } from '../../src/lib/domain/types.js';
import type { AckData, ClientToServerEvents, CreatedWorkshop, ServerToClientEvents } from '../../src/lib/protocol/events.js';
import type { ClientEventName, ClientPayload, CommandEvent } from '../../src/lib/protocol/schemas.js';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  url: string;
  dataDir: string;
  application: Application;
  stop(): Promise<void>;
}

/** A real server on a random port with a file log in a fresh temporary directory; `env` adds configuration (e.g. METRICS_TOKEN). */
export async function startServer(dataDir?: string, rateLimits?: Partial<RateLimitSettings>, env: Record<string, string> = {}): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'samrad-it-')));
  process.env.SAMRAD_QUIET = '1';
  const config = { ...readConfig({ ...env, DATA_DIR: dir, PORT: '0' }), tickMs: 20, presenceMs: 50 };
  const application = await createApplication({ config, storage: await openStorage(config), rateLimits });
  await new Promise<void>((resolve) => application.server.listen(0, '127.0.0.1', resolve));
  const { port } = application.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, dataDir: dir, application, stop: () => application.close() };
}

/**
 * One server for a test file: started before its tests, stopped (with every client the
 * file opened) after them. Returns the running server for use inside tests.
 */
export function useServer(rateLimits?: Partial<RateLimitSettings>, env?: Record<string, string>): Pick<TestServer, 'url' | 'application' | 'dataDir'> {
  let running: TestServer | undefined;
  beforeAll(async () => {
    running = await startServer(undefined, rateLimits, env);
  });
  afterAll(async () => {
    closeClients();
    await running?.stop();
  });
  const current = () => running ?? (() => { throw new Error('useServer: the server starts in beforeAll'); })();
  return {
    get url() {
      return current().url;
    },
    get application() {
      return current().application;
    },
    get dataDir() {
      return current().dataDir;
    }
  };
}

export async function createWorkshop(url: string, body: object = { templateId: 'lokal-overenskommelse' }): Promise<CreatedWorkshop> {
  const response = await fetch(`${url}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedWorkshop;
}

const opened: TestSocket[] = [];

export function client(url: string): Promise<TestSocket> {
  const socket: TestSocket = connect(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 50, reconnectionDelayMax: 200 });
  opened.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export function closeClients(): void {
  for (const socket of opened.splice(0)) socket.disconnect();
}

/**
 * An acknowledgement as tests read it: `ok`, the error if any, and the event's success data
 * as if present. A test checks `ok` (or the error) itself and fails there if it was a refusal,
 * so reading `ack.snapshot` after `expect(ack.ok).toBe(true)` needs no narrowing; a field
 * the event never acknowledges, or a misspelt one, is still a compile error.
 */
export type TestAck<E extends ClientEventName> = { ok: boolean; error?: ErrorCode } & AckData[E];

/** `socket.timeout(ms)` for one event (Socket.IO's typings cannot follow a generic event through `emitWithAck`). */
type TimedEmitter<E extends string> = { emitWithAck(event: E, payload: unknown): Promise<E extends ClientEventName ? TestAck<E> : { ok: boolean; error?: ErrorCode }> };

/** Emits with an acknowledgement, typed by the command registry; the test fails on a timeout rather than hanging. */
export function send<E extends ClientEventName>(socket: TestSocket, event: E, payload: ClientPayload<E>): Promise<TestAck<E>> {
  return sendUnchecked(socket, event, payload) as Promise<TestAck<E>>;
}

/** For what a test means to be wrong (the edge must refuse it): any event name, any payload. */
export function sendUnchecked<E extends string>(socket: TestSocket, event: E, payload: unknown): Promise<E extends ClientEventName ? TestAck<E> : { ok: boolean; error?: ErrorCode }> {
  return (socket.timeout(10_000) as unknown as TimedEmitter<E>).emitWithAck(event, payload);
}

let counter = 0;
export const cid = () => `cmd${++counter}_${Math.random().toString(36).slice(2, 8)}`;

/** A command's fields: its payload without the commandId. */
export type Fields<E extends CommandEvent> = Omit<ClientPayload<E>, 'commandId'>;
/** The fields as a rest argument: optional where the command has no required field (`timer:pause`). */
export type FieldsArg<E extends CommandEvent> = {} extends Fields<E> ? [fields?: Fields<E>] : [fields: Fields<E>];

/** Sends command E with a fresh commandId. */
export function sendCommand<E extends CommandEvent>(socket: TestSocket, event: E, ...[fields]: FieldsArg<E>): Promise<TestAck<E>> {
  return send(socket, event, { ...fields, commandId: cid() } as ClientPayload<E>);
}

/**
 * Keeps a client's view up to date the way the browser does: snapshot, then deltas in
 * version order. `until` resolves when a predicate holds on the view.
 */
export class View {
  snapshot: AudienceSnapshot;
  gaps = 0;
  deltas = 0;
  #checks: Array<{ predicate: (s: AudienceSnapshot) => boolean; resolve: () => void }> = [];

  constructor(readonly socket: TestSocket, snapshot: AudienceSnapshot) {
    this.snapshot = snapshot;
    socket.on('workshop:changed', (delta: AudienceDelta) => {
      this.deltas++;
      if (!applyDelta(this.snapshot, delta)) {
        this.gaps++;
        void send(socket, 'sync:request', {}).then((ack) => {
          if (ack.ok) this.snapshot = ack.snapshot;
          this.#check();
        });
      }
      this.#check();
    });
  }

  #check() {
    this.#checks = this.#checks.filter((c) => {
      if (!c.predicate(this.snapshot)) return true;
      c.resolve();
      return false;
    });
  }

  until(predicate: (s: AudienceSnapshot) => boolean): Promise<void> {
    if (predicate(this.snapshot)) return Promise.resolve();
    return new Promise((resolve) => this.#checks.push({ predicate, resolve }));
  }
}

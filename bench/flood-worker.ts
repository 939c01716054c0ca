/**
 * The flooder of bench/flooder.ts, in its own thread so its sending does not slow the
 * projector and facilitator on the main thread. One socket joins the workshop as a
 * participant, then sends `rate` events per second without waiting for acknowledgements:
 * valid posts, votes on posts it has seen (and on made-up ids), malformed payloads and
 * unknown events, in turn. Every acknowledgement is counted by its error code.
 * Messages in: 'stop'; out: { started } once joined, then { result: FloodResult }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';
import type { Ack } from './phone.js';

export interface FloodSetup {
  url: string;
  code: string;
  rate: number;
}

export interface FloodResult {
  sent: number;
  acked: number;
  /** Acknowledgements by outcome: 'ok' or the error code. */
  outcomes: Record<string, number>;
  joined: boolean;
  disconnected: boolean;
}

const { url, code, rate } = workerData as FloodSetup;
const port = parentPort!;
const outcomes: Record<string, number> = {};
let sent = 0;
let acked = 0;
let disconnected = false;
let joined = false;
const postIds: string[] = [];

const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
socket.on('disconnect', () => (disconnected = true));
socket.on('workshop:changed', (delta: { posts?: Array<{ id?: string }> }) => {
  for (const post of delta.posts ?? []) if (post.id && postIds.length < 1_000) postIds.push(post.id);
});

const onAck = (ack: Ack | undefined) => {
  acked++;
  const outcome = !ack || typeof ack !== 'object' ? 'no payload' : ack.ok ? 'ok' : String(ack.error);
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
};

/** One event of the mix; n picks which. */
function floodOne(n: number): void {
  const commandId = `flood-${n}`;
  switch (n % 8) {
    case 0:
      return void socket.emit('post:create', { commandId, roundId: 'samtal-2', topicIds: ['dialog'], text: `Flod ${n}: samma text om och om igen` }, onAck);
    case 1:
    case 2:
      return void socket.emit('vote:cast', { commandId, postId: postIds[n % Math.max(1, postIds.length)] ?? 'p_missing' }, onAck);
    case 3:
      return void socket.emit('vote:retract', { commandId, postId: postIds[n % Math.max(1, postIds.length)] ?? 'p_missing' }, onAck);
    case 4: // wrong types and extra fields
      return void socket.emit('vote:cast', { commandId: 42, postId: { $gt: '' }, extra: 'x'.repeat(200) }, onAck);
    case 5: // not an object at all
      return void socket.emit('post:create', 'x'.repeat(1_000), onAck);
    case 6: // deep nesting
      return void socket.emit('post:create', JSON.parse('['.repeat(500) + ']'.repeat(500)) as unknown, onAck);
    default:
      return void socket.emit('no:such-event', { commandId }, onAck);
  }
}

let timer: NodeJS.Timeout | undefined;
socket.once('connect', () => {
  socket.emit('participant:join', { code, name: 'Flodare', association: 'Ingen' }, (ack: Ack) => {
    joined = Boolean(ack?.ok);
    port.postMessage({ started: ack.ok });
    // Every 5 ms, the events due by now: `rate` per second on average, never waiting for acks.
    const began = performance.now();
    timer = setInterval(() => {
      const due = Math.floor(((performance.now() - began) / 1000) * rate);
      while (sent < due) floodOne(sent++);
    }, 5);
  });
});

port.on('message', (message: string) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  // Answers still on their way: give them a moment before counting.
  setTimeout(() => {
    const result: FloodResult = { sent, acked, outcomes, joined, disconnected };
    socket.disconnect();
    port.postMessage({ result });
  }, 1_000);
});

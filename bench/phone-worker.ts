/**
 * A worker thread running a share of the phones. One Node thread cannot keep up with
 * 5,000 sockets that each receive ~1 MB of posts (measured: its event loop stalled for
 * 16 s and the server dropped 915 phones on ping timeouts), so phones are spread over
 * threads and the main thread keeps only the projector and the facilitator.
 * Messages in: { id, method, args }; out: { id, result } | { id, error } | { ack: [...] }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Phones } from './phones.js';

export interface WorkerSetup {
  indices: number[];
  urls: string[];
  ackTimeoutMs: number;
}

export interface WorkerRequest {
  id: number;
  method: 'joinStorm' | 'postOnce' | 'vote' | 'resetCounters' | 'counters' | 'behind' | 'armReveal' | 'unrevealed' | 'revealed' | 'armLive' | 'withoutInfo' | 'liveLatencies' | 'health' | 'close';
  args: unknown[];
}

const setup = workerData as WorkerSetup;
const phones = new Phones(setup.indices, setup.urls, setup.ackTimeoutMs);
const port = parentPort!;

port.on('message', async ({ id, method, args }: WorkerRequest) => {
  try {
    // Vote acks go to the main thread as they happen: the projector check needs their times.
    const call = method === 'vote' ? [...args, (postId: string, ackAt: number, latency: number) => port.postMessage({ ack: [postId, ackAt, latency] })] : args;
    const result = await (phones[method] as (...a: unknown[]) => unknown).apply(phones, call);
    port.postMessage({ id, result });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});

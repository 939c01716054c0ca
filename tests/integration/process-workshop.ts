import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import { client, createWorkshop, send, type TestSocket } from './helpers.js';
import { freePort, startServerProcess, type ServerProcess } from './process.js';

export interface WorkshopOnProcess {
  /** Start a server again with these to restart on the same port and DATA_DIR. */
  env: { PORT: string; DATA_DIR: string };
  running: ServerProcess;
  created: CreatedWorkshop;
  facilitator: TestSocket;
}

/** A server process on a free port with a fresh DATA_DIR, one workshop and its console joined. */
export async function workshopOnProcess(prefix: string): Promise<WorkshopOnProcess> {
  const env = { PORT: String(await freePort()), DATA_DIR: await mkdtemp(join(tmpdir(), prefix)) };
  const running = await startServerProcess(env);
  const created = await createWorkshop(running.url);
  const facilitator = await client(running.url);
  await send(facilitator, 'facilitator:join', { workshopId: created.workshopId, key: created.key });
  return { env, running, created, facilitator };
}

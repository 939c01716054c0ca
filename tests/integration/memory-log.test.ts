import { describe, expect, it } from 'vitest';
import { Hub } from '../../server/hub/hub.js';
import { MemoryDirectory } from '../../server/hub/directory.js';
import { WorkshopFailedError } from '../../server/hub/failed-workshops.js';
import { MemoryLog, MemoryLogStore } from '../../server/log/memory-log.js';
import { setupFromTemplate } from '../../src/lib/domain/template.js';
import { logContractSuite } from './log-contract.js';

/** The in-memory log keeps the contract too, so hub tests can run on it without disk or Redis. */
const stores = new Map<string, MemoryLogStore>();
let storages = 0;
logContractSuite('MemoryLog', {
  newStorage: async () => {
    const name = `m${++storages}`;
    stores.set(name, new MemoryLogStore());
    return name;
  },
  open: async (name) => new MemoryLog(stores.get(name))
});

describe('the hub on a log whose entry cannot be applied', () => {
  it('answers the command waiting for that entry, and every later one, instead of leaving them pending', async () => {
    const log = new MemoryLog();
    const hub = new Hub({ log, directory: new MemoryDirectory(), loadAllAtStart: true });
    const failed: string[] = [];
    hub.failed.onFailed((id) => failed.push(id));
    const { runtime } = await hub.create(setupFromTemplate('lokal-overenskommelse')!);
    // Another writer's entry this code cannot apply, then a command of ours behind it.
    await log.append(runtime.id, { at: Date.now(), actor: { role: 'facilitator' }, commandId: 'other', command: { type: 'update:add', date: '2026-12-06', text: null as never } });
    await expect(hub.submit(runtime, { role: 'facilitator' }, 'mine', { type: 'summary:set', text: 'Sammanfattning' })).rejects.toThrow();
    expect(failed).toEqual([runtime.id]);
    await expect(hub.findById(runtime.id)).rejects.toBeInstanceOf(WorkshopFailedError);
    await expect(hub.submit(runtime, { role: 'facilitator' }, 'later', { type: 'summary:set', text: 'Igen' })).rejects.toThrow();
    await hub.close();
  });
});

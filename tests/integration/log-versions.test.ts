import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../src/lib/domain/rules-version.js';
import type { CreatedWorkshop } from '../../src/lib/protocol/events.js';
import type { WorkshopExport } from '../../server/exports/json.js';
import { comparableState } from '../../server/exports/log-copy.js';
import { createWorkshop, useServer } from './helpers.js';

/**
 * Logs written by earlier code must replay to the state they had then. The fixtures are
 * real export files written by earlier commits (tests/fixtures/logs/README.md says which);
 * importing one checks its replay against the digest of the state the earlier code had.
 * A rule change that would alter an old workshop fails here, before it reaches a restart.
 */
const server = useServer({ importsPerAddress: { points: 100, duration: 60 } });

const fixture = (name: string) => readFileSync(new URL(`../fixtures/logs/${name}`, import.meta.url), 'utf8');
const importFile = (body: string) => fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('logs written by earlier code', () => {
  it('replay to the state they were exported with (updates written as plain strings included)', async () => {
    const text = fixture('before-translated-updates.export.json');
    const file = JSON.parse(text) as WorkshopExport;
    expect(file.workshop.log.entries.some((e) => e.command.type === 'update:add' && typeof e.command.text === 'string')).toBe(true);
    const response = await importFile(text);
    expect(response.status, await response.clone().text()).toBe(201);
    const imported = (await response.json()) as CreatedWorkshop;
    const state = server.application.hub.loaded(imported.workshopId)!.state;
    expect(state.updates.map((u) => u.text)).toEqual([{ sv: 'Arbetsgruppen har haft sitt första möte.' }]);
    // Written before versions were recorded: the first rules.
    expect(state.rules).toBe(1);
    expect(comparableState(state).posts.length).toBe(file.workshop.log.entries.filter((e) => ['post:create', 'note:add'].includes(e.command.type)).length);
  });

  it('a workshop written under rules 1 with its rules recorded replays to its digest (an association spelled two ways keeps its first spelling)', async () => {
    const response = await importFile(fixture('before-erasable-storage.export.json'));
    expect(response.status, await response.clone().text()).toBe(201);
    const imported = (await response.json()) as CreatedWorkshop;
    const state = server.application.hub.loaded(imported.workshopId)!.state;
    expect(state.rules).toBe(1);
    expect([...state.associations.values()].map((a) => a.name)).toContain('Föreningen Ölandsbro');
  });

  it('a new workshop records the rules it was created under', async () => {
    const created = await createWorkshop(server.url);
    expect(server.application.hub.loaded(created.workshopId)!.state.rules).toBe(RULES_VERSION);
  });

  it('a log written under newer rules than this code knows is refused, not replayed under the wrong rules', async () => {
    const file = JSON.parse(fixture('before-translated-updates.export.json')) as WorkshopExport;
    const create = file.workshop.log.entries[0]!;
    (create.command as { rules?: number }).rules = RULES_VERSION + 1;
    const response = await importFile(JSON.stringify(file));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'import_newer_rules' });
  });
});

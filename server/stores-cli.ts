/**
 * The operator's view of what is stored beside the workshops, and deleting from it:
 *
 *   node dist-server/server/stores-cli.js list
 *   node dist-server/server/stores-cli.js delete series|template|report <id>
 *
 * (`npm run stores -- …`). It reads the same environment as the server (DATA_DIR, REDIS_URL,
 * RETENTION_DAYS) and prints when each item is deleted by retention. Workshops are deleted
 * by their facilitator or by retention, in the running server (which owns their files).
 */
import { readConfig } from './config.js';
import { deleteAt } from './retention/retention.js';
import { deleteSeries } from './retention/store-retention.js';
import { seriesChangedAt } from './series/series-store.js';
import { openStorage } from './storage.js';

const [command, kind, id] = process.argv.slice(2);
const config = readConfig();
const storage = await openStorage(config);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const until = (changed: number) => `last change ${day(changed)}, deleted from ${day(deleteAt(changed, config.retentionDays))}`;

try {
  if (command === 'list') {
    for (const workshopId of await storage.log.list()) {
      const last = await storage.log.lastActivity(workshopId);
      console.log(`workshop ${workshopId}  ${last === undefined ? 'empty' : until(last)}`);
    }
    for (const seriesId of await storage.series.ids()) {
      const series = await storage.series.get(seriesId);
      if (series) console.log(`series   ${series.id}  ${until(seriesChangedAt(series))}  ${series.workshopIds.length} meetings${series.agreementCode ? `, agreement ${series.agreementCode}` : ''}`);
    }
    for (const template of await storage.templates.list()) console.log(`template ${template.id}  ${until(template.savedAt)}  ${template.shared ? 'shared' : 'not shared'}`);
    for (const report of await storage.accessibilityReports.list()) console.log(`report   ${report.id}  ${until(report.receivedAt)}`);
  } else if (command === 'delete' && id && kind === 'series') {
    // With its agreement process, if it has one.
    await deleteSeries(storage, (await storage.series.get(id)) ?? { id });
  } else if (command === 'delete' && id && kind === 'template') {
    await storage.templates.delete(id);
  } else if (command === 'delete' && id && kind === 'report') {
    console.log(`${await storage.accessibilityReports.remove((report) => report.id === id)} deleted`);
  } else {
    console.error('usage: stores-cli list | delete series|template|report <id>');
    process.exitCode = 2;
  }
} finally {
  await storage.log.close();
  await storage.close();
}

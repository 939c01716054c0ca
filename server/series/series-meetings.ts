import { outcomeView, type OutcomeView } from '../../src/lib/domain/outcome-view.js';
import { LIMITS } from '../../src/lib/domain/limits.js';
import { HELSINGBORG_TEMPLATE_ID, sameInEveryLanguage, setupFromTemplate } from '../../src/lib/domain/template.js';
import type { Actor, Command, WorkshopSetup } from '../../src/lib/domain/types.js';
import type { Hub } from '../hub/hub.js';
import type { WorkshopRuntime } from '../hub/workshop-runtime.js';
import { label, pickText } from './series-labels.js';
import type { Series } from './series-store.js';

const FACILITATOR: Actor = { role: 'facilitator' };

type CarryCommand = Extract<Command, { type: 'post:carry' }>;

/**
 * The previous meeting's top `n` items per principle of each round, as `post:carry`
 * commands. Only items someone voted for count as "top": an unvoted list has no top.
 * An activity linked to several principles comes along once, with all of them.
 */
export function carryCommands(previous: OutcomeView, n: number): CarryCommand[] {
  if (n <= 0) return [];
  const title = pickText(previous.language, previous.title);
  const commands: CarryCommand[] = [];
  for (const round of previous.rounds) {
    const seen = new Set<string>();
    for (const topic of round.topics) {
      for (const row of topic.rows.filter((r) => r.votes > 0).slice(0, n)) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        commands.push({ type: 'post:carry', roundId: round.id, topicIds: [...row.topicIds], text: row.text, from: { title, votes: row.votes } });
      }
    }
  }
  return commands;
}

/** The latest meeting of the series (by creation time), if any still exists. */
export const latestMeeting = (members: readonly WorkshopRuntime[]) =>
  members.reduce<WorkshopRuntime | undefined>((latest, m) => (!latest || m.state.createdAt >= latest.state.createdAt ? m : latest), undefined);

/** "Dialogmöten våren 2017 – möte 3", fitted into a title's length. */
function defaultTitle(series: Series, n: number, language: 'sv' | 'en'): string {
  const suffix = label(language, 'series.meeting.defaultTitle', { series: '', n });
  return label(language, 'series.meeting.defaultTitle', { series: series.title.slice(0, LIMITS.title - suffix.length), n });
}

export interface NewMeeting {
  runtime: WorkshopRuntime;
  key: string;
  carried: number;
}

/**
 * A new workshop in the series: the latest meeting's setup (or the Helsingborg template),
 * the series' updates as its own (for its "vad har hänt sedan sist?"), and, if asked, the
 * previous meeting's top items carried forward. Everything goes through the hub as the
 * facilitator's commands, so the new workshop's log tells how it was made.
 */
export async function createSeriesMeeting(hub: Hub, series: Series, members: readonly WorkshopRuntime[], options: { title?: string; carryForward?: number }): Promise<NewMeeting> {
  const previous = latestMeeting(members);
  const setup: WorkshopSetup = previous ? structuredClone(previous.state.setup) : setupFromTemplate(HELSINGBORG_TEMPLATE_ID)!;
  const n = series.workshopIds.length + 1;
  const title = options.title?.trim();
  setup.title = title ? sameInEveryLanguage(title) : { sv: defaultTitle(series, n, 'sv'), en: defaultTitle(series, n, 'en') };
  const { runtime, key } = await hub.create(setup);

  let i = 0;
  for (const update of series.updates) {
    await hub.submit(runtime, FACILITATOR, `series-update-${++i}`, { type: 'update:add', date: update.date, text: update.text });
  }
  let carried = 0;
  for (const command of previous ? carryCommands(outcomeView(previous.state), options.carryForward ?? 0) : []) {
    const outcome = await hub.submit(runtime, FACILITATOR, `series-carry-${++i}`, command);
    if (outcome.ok) carried++;
  }
  return { runtime, key, carried };
}

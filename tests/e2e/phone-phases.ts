import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { createWorkshop, room, type Created } from './a11y-helpers.js';
import { HELSINGBORG_TEMPLATE } from '../../src/lib/domain/template.js';
import type { UiLanguage } from '../../src/lib/i18n/languages.js';

/**
 * A realistic meeting for one phone, phase by phase: a full room's posts (four per
 * principle, of everyday length), the agenda item of the round running, a countdown while
 * writing and voting. The facilitator and the other people are sockets; the phone is the
 * page. `visit` is called in each phase once its main content is on screen.
 */
export const PHASES = ['join', 'lobby', 'collecting', 'voting', 'results', 'evaluation', 'published'] as const;
export type PhoneScreen = (typeof PHASES)[number];

/** What the phone's own buttons are called, per language: the only texts the walk needs. */
export const JOIN: Record<UiLanguage, string> = { sv: 'Gå med', en: 'Join', ar: 'انضم' };

const PRINCIPLES = HELSINGBORG_TEMPLATE.setup.topics.map((topic) => topic.id);
const OTHERS_POSTS = [
  'Att föreningen själv bestämmer hur bidraget används inom ramen för verksamheten',
  'Staden ska inte styra vilka aktiviteter vi gör, men gärna fråga vad vi behöver',
  'Återkommande träffar där vi faktiskt får svar på frågorna vi ställde förra gången',
  'Kontaktperson på staden som känner till föreningslivet och kan slussa vidare',
  'Uppföljning av bidrag som handlar om vad vi åstadkommit, inte bara antal deltagare',
  'Lokaler som går att boka på kvällar och helger till rimlig kostnad'
];

export async function walkPhonePhases(
  page: Page,
  request: APIRequestContext,
  baseURL: string,
  lang: UiLanguage,
  visit: (phase: PhoneScreen, created: Created) => Promise<void>
): Promise<void> {
  const created = await createWorkshop(request, 'Dialogmöte om lokal överenskommelse');
  const people = await room(baseURL, created);
  const ok = async (event: string, payload: object) => expect((await people.facilitator.send(event, payload)).ok, event).toBe(true);
  await page.addInitScript((chosen) => localStorage.setItem('samrad:lang', chosen), lang);
  try {
    await page.goto(`/w/${created.code}`);
    const join = page.getByRole('button', { name: JOIN[lang], exact: true });
    await expect(join).toBeVisible();
    await visit('join', created);
    await join.click();
    await expect(page.getByTestId('lobby')).toBeVisible();
    await visit('lobby', created);

    await ok('agenda:current', { itemId: 'samtal-1' });
    await people.phase('samtal-1', 'collecting');
    await ok('timer:start', { durationMs: 10 * 60_000, closeWhenDone: true });
    await expect(page.locator('#post-text')).toBeVisible();
    await expect(page.getByTestId('countdown').first()).toBeVisible();
    for (const [i, topic] of PRINCIPLES.entries()) {
      for (let n = 0; n < 4; n++) await people.post(`${OTHERS_POSTS[(i + n) % OTHERS_POSTS.length]} (${n + 1})`, [topic]);
    }
    await visit('collecting', created);

    await people.phase('samtal-1', 'voting');
    await ok('timer:start', { durationMs: 5 * 60_000, closeWhenDone: true });
    await expect(page.getByTestId('votes-left-sjalvstandighet')).toBeVisible();
    await visit('voting', created);

    await people.vote(`${OTHERS_POSTS[1]} (1)`);
    await people.phase('samtal-1', 'results');
    await expect(page.getByTestId('results')).toBeVisible();
    await visit('results', created);

    await ok('agenda:current', { itemId: 'avslutning' });
    await ok('phase:set', { phase: { kind: 'evaluation' } });
    await expect(page.getByTestId('evaluation')).toBeVisible();
    await visit('evaluation', created);

    await ok('outcome:publish', { published: true });
    await page.reload();
    await expect(page.getByTestId('published-outcome')).toBeVisible();
    await visit('published', created);
  } finally {
    people.close();
  }
}

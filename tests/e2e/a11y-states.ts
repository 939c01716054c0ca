import { expect, type BrowserContext, type Page } from '@playwright/test';
import { room, type Created } from './a11y-helpers.js';

/**
 * Walks a phone through every state a participant can reach, calling `visit` in each:
 * the pages around a meeting, the join card, the lobby, writing (with errors, the table
 * scribe's fields, a countdown and writing closed by it), voting, results, a closed
 * round, Samtal 2, the evaluation, English and Arabic, offline, and a deleted workshop.
 * How it gets there does not matter (clicks are fine); what `visit` checks does.
 */
export async function walkParticipantStates(
  context: BrowserContext,
  page: Page,
  baseURL: string,
  created: Created,
  visit: (state: string) => Promise<void>
): Promise<void> {
  const people = await room(baseURL, created);
  const f = people.facilitator;
  const ok = async (event: string, payload: object) => expect((await f.send(event, payload)).ok, event).toBe(true);
  try {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Välkommen till Samråd' })).toBeVisible();
    await visit('home');
    await page.goto('/integritet');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await visit('privacy page');
    await page.goto('/tillganglighet');
    await expect(page.getByTestId('report-form')).toBeVisible();
    await visit('accessibility statement');
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    await expect(page.getByText('Skriv vad som hände.')).toBeVisible();
    await visit('accessibility statement (form error)');
    await page.goto('/w/QQQQQQ');
    await expect(page.getByTestId('unknown-code')).toBeVisible();
    await visit('unknown code');

    await page.goto(`/w/${created.code}`);
    await expect(page.getByRole('heading', { name: 'Gå med i mötet' })).toBeVisible();
    await visit('join card');
    await page.getByLabel('Ditt namn (valfritt)').fill('Sara Abdullahi-Lindqvist');
    await page.getByRole('button', { name: 'Gå med' }).click();
    await expect(page.getByTestId('lobby')).toBeVisible();
    await visit('lobby');
    await page.getByTestId('my-details').locator(':scope > summary').click();
    await expect(page.getByTestId('signup')).toBeVisible();
    await visit('lobby (Mina uppgifter open)');
    const signup = page.getByTestId('signup');
    await signup.getByLabel('E-post eller telefon').fill('sara@example.se');
    await signup.getByRole('button', { name: 'Anmäl intresse' }).click();
    await expect(signup.getByText('Kryssa i rutan om samtycke för att anmäla intresse.')).toBeVisible();
    await visit('lobby (sign-up error)');
    await ok('agenda:current', { itemId: 'samtal-1' });

    await people.phase('samtal-1', 'collecting');
    await expect(page.getByLabel('Din tolkning')).toBeVisible();
    await visit('collecting');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect(page.getByText('Välj en princip först.')).toBeVisible();
    await visit('collecting (error)');
    await page.getByRole('checkbox', { name: 'Jag skriver för mitt bord' }).check();
    await expect(page.getByLabel('Antal personer vid bordet')).toBeVisible();
    await visit('collecting (table scribe)');
    await page.getByRole('checkbox', { name: 'Jag skriver för mitt bord' }).uncheck();
    await page.getByRole('radio', { name: /^Dialog/ }).check();
    const mine = 'Föreningarna ska få svar på sina frågor inom rimlig tid';
    await page.getByLabel('Din tolkning').fill(mine);
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect(page.getByTestId('my-posts')).toContainText(mine);
    // Long words and addresses from other people must wrap, not push the page wider.
    await people.post('Samverkansöverenskommelseuppföljningsmöte https://helsingborg.se/forening/bidrag/ansokan/lokalt-aktivitetsstod/regler');
    await people.post('التعاون مع البلدية مهم جدا – Dialog på svenska och arabiska 2025');
    await visit('collecting (posted)');
    await page.getByRole('button', { name: `Dra tillbaka inlägg: ${mine}` }).click();
    await expect(page.getByRole('button', { name: 'Ja, dra tillbaka' })).toBeVisible();
    await visit('collecting (withdraw question)');
    await page.getByRole('button', { name: 'Avbryt' }).click();

    await ok('timer:start', { durationMs: 60_000, closeWhenDone: false });
    await expect(page.getByTestId('countdown').first()).toBeVisible();
    await visit('collecting (countdown)');
    await ok('timer:start', { durationMs: 1000, closeWhenDone: true });
    await expect(page.getByTestId('composer-closed')).toBeVisible({ timeout: 15_000 });
    await visit('collecting (closed by the countdown)');
    await ok('timer:stop', {});

    await people.phase('samtal-1', 'voting');
    await expect(page.getByTestId('votes-left-dialog')).toBeVisible();
    await visit('voting');
    await page.getByRole('button', { name: /^Rösta på: Samverkans/ }).click();
    await expect(page.getByTestId('votes-left-dialog')).toContainText('2 av 3');
    await visit('voting (voted)');
    await people.phase('samtal-1', 'results');
    await expect(page.getByTestId('results')).toBeVisible();
    await visit('results');
    await people.phase('samtal-1', 'closed');
    await expect(page.getByRole('heading', { name: 'Samtalet är avslutat' })).toBeVisible();
    await visit('round closed');

    await people.phase('samtal-2', 'collecting');
    await expect(page.getByLabel('Din aktivitet')).toBeVisible();
    await people.post('Öppet hus för alla föreningar i stadsdelen', ['dialog', 'mangfald'], 'samtal-2');
    await visit('Samtal 2 collecting');
    await people.phase('samtal-2', 'voting');
    await expect(page.getByTestId('votes-left')).toBeVisible();
    await visit('Samtal 2 voting');

    await ok('phase:set', { phase: { kind: 'evaluation' } });
    await expect(page.getByTestId('evaluation')).toBeVisible();
    await visit('evaluation');
    await page.getByTestId('evaluation').getByRole('group', { name: 'Kände du dig lyssnad på?' }).getByRole('radio', { name: '3', exact: true }).check();
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await expect(page.getByTestId('evaluation-thanks')).toBeVisible();
    await visit('evaluation (thanks)');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await visit('evaluation (English)');
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await visit('evaluation (Arabic, right to left)');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

    await context.setOffline(true);
    await expect(page.getByTestId('connection-status')).not.toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
    await visit('offline');
    await context.setOffline(false);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });

    await ok('workshop:delete', { confirm: true });
    await expect(page.getByRole('heading', { name: 'Workshopen är raderad' })).toBeVisible();
    await visit('workshop deleted');
  } finally {
    people.close();
  }
}

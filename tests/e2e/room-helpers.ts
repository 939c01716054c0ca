import { expect, type Page } from '@playwright/test';
import { socketTo, type Created } from './a11y-helpers.js';

/**
 * A full room for the projector and console specs: the Helsingborg template with the
 * kind of posts a real meeting gets (short and long, Swedish compounds, one in Arabic,
 * one in English), votes from several people, evaluation answers and an update, all
 * written over real sockets. Also the measurements those specs make of the projector.
 */

const TOPICS = ['sjalvstandighet', 'dialog', 'kvalitet', 'langsiktighet', 'oppenhet', 'mangfald'] as const;

/** Interpretations (Samtal 1), per principle, in the words of a meeting. */
const INTERPRETATIONS: Record<(typeof TOPICS)[number], string[]> = {
  sjalvstandighet: [
    'Föreningarna bestämmer själva över sin verksamhet',
    'Att staden inte styr föreningarnas verksamhet genom bidragsreglerna',
    'Kompetensutvecklingsinsatser på föreningarnas egna villkor',
    'Oberoende granskning',
    'Föreningslivet ska kunna kritisera staden utan att förlora sitt stöd, och det ska stå uttryckligen i överenskommelsen så att alla förvaltningar vet om det',
    'Respekt för att föreningar har egna mål'
  ],
  dialog: [
    'Staden lyssnar på föreningarna innan beslut fattas',
    'Dialog varje år, dialog på riktigt',
    'En kontaktväg in till kommunen för föreningar',
    'Att man får återkoppling på det man har sagt, även när svaret är nej, och att återkopplingen kommer inom rimlig tid',
    'Regelbundna dialogmöten med föreningslivet',
    'التعاون مع البلدية مهم جدا والحوار المنتظم',
    'Samverkansöverenskommelseuppföljningsmöte två gånger per år'
  ],
  kvalitet: ['Utbildning för styrelser', 'Nya idéer prövas tillsammans', 'Kvalitet är att verksamheten når fram till dem den är till för'],
  langsiktighet: [
    'Möjlighet till långsiktig planering',
    'Fleråriga avtal om lokaler och bidrag',
    'Att överenskommelsen följs upp varje år och inte glöms bort när politiken byts ut efter ett val'
  ],
  oppenhet: ['Öppna protokoll och tydliga beslut', 'Insyn i hur bidragen fördelas', 'Transparency about decisions and budgets'],
  mangfald: [
    'Lika villkor för stora och små föreningar',
    'Alla ska kunna delta oavsett språk, funktionsförmåga eller ekonomi',
    'Mångfald av föreningar, inte bara de största',
    'Tolkning och material på flera språk'
  ]
};

/** Activities (Samtal 2), each linked to one or more principles. */
const ACTIVITIES: Array<[string, string[]]> = [
  ['Gemensam föreningsmässa varje höst', ['dialog', 'mangfald']],
  ['Mentorskap mellan stora och små föreningar', ['kvalitet', 'mangfald']],
  ['Föreningsråd som träffar nämnderna fyra gånger per år', ['dialog', 'oppenhet']],
  ['Öppet föreningsregister med kontaktuppgifter', ['oppenhet']],
  ['Treåriga verksamhetsbidrag', ['langsiktighet', 'sjalvstandighet']],
  ['Studiecirklar om föreningsdemokrati för nya medlemmar', ['kvalitet']]
];

type Sock = Awaited<ReturnType<typeof socketTo>>;
const ok = async (sock: Sock, event: string, payload: object): Promise<{ postId?: string }> => {
  const ack = await sock.send(event, payload);
  expect(ack.ok, `${event}: ${JSON.stringify(ack)}`).toBe(true);
  return ack as { postId?: string };
};

export interface Room {
  facilitator: Sock;
  people: Sock[];
  phase: (roundId: string | null, stage?: string) => Promise<void>;
  mode: (view: string, extra?: object) => Promise<void>;
  close: () => void;
}

export async function openRoom(baseURL: string, created: Created, size = 6): Promise<Room> {
  const facilitator = await socketTo(baseURL);
  expect((await facilitator.join('facilitator:join', { workshopId: created.workshopId, key: created.key })).ok).toBe(true);
  const people: Sock[] = [];
  for (let i = 0; i < size; i++) {
    const person = await socketTo(baseURL);
    expect((await person.join('participant:join', { code: created.code, name: `Deltagare ${i + 1}` })).ok).toBe(true);
    people.push(person);
  }
  return {
    facilitator,
    people,
    phase: async (roundId, stage) => {
      await ok(facilitator, 'phase:set', { phase: roundId ? { kind: 'round', roundId, stage } : { kind: roundId === null && stage === 'evaluation' ? 'evaluation' : 'lobby' } });
    },
    mode: async (view, extra = {}) => {
      await ok(facilitator, 'screen:mode', { mode: { view, ...extra } });
    },
    close: () => [facilitator, ...people].forEach((s) => s.socket.disconnect())
  };
}

/** Posts of both rounds, votes in both (the round's own order of posts), evaluation answers, an update. */
export async function fillRoom(room: Room): Promise<void> {
  const { facilitator, people } = room;
  await ok(facilitator, 'update:add', { date: '2026-11-20', text: 'Arbetsgruppen har träffats tre gånger och skrivit ett första utkast till överenskommelse.' });
  await ok(facilitator, 'update:add', { date: '2026-12-01', text: 'Kommunstyrelsen har fått utkastet på remiss.' });
  await room.phase('samtal-1', 'collecting');
  const ids1: string[] = [];
  let n = 0;
  for (const topic of TOPICS)
    for (const text of INTERPRETATIONS[topic]) {
      const ack = await ok(people[n++ % people.length]!, 'post:create', { roundId: 'samtal-1', topicIds: [topic], text });
      ids1.push(ack.postId!);
    }
  await room.phase('samtal-1', 'voting');
  // Two people vote the same two posts of Dialog: a tie at the top.
  for (const [i, person] of people.entries()) {
    await ok(person, 'vote:cast', { postId: ids1[6]! });
    await ok(person, 'vote:cast', { postId: ids1[7 + (i % 2)]! });
    await ok(person, 'vote:cast', { postId: ids1[i % 6]! });
  }
  await room.phase('samtal-1', 'results');
  await room.phase('samtal-2', 'collecting');
  const ids2: string[] = [];
  for (const [i, [text, topicIds]] of ACTIVITIES.entries()) {
    const ack = await ok(people[i % people.length]!, 'post:create', { roundId: 'samtal-2', topicIds, text });
    ids2.push(ack.postId!);
  }
  await room.phase('samtal-2', 'voting');
  for (const [i, person] of people.entries()) {
    await ok(person, 'vote:cast', { postId: ids2[0]! });
    await ok(person, 'vote:cast', { postId: ids2[1 + (i % 3)]! });
  }
  await room.phase('samtal-2', 'results');
  await ok(facilitator, 'phase:set', { phase: { kind: 'evaluation' } });
  for (const [i, person] of people.entries()) await ok(person, 'evaluation:answer', { scores: { lyssnad: 3 + (i % 3), formen: 4, fortsattning: 2 + (i % 4), 'delta-igen': 5 }, comment: '' });
}

export interface TypeSizes {
  /** Smallest computed font size of any post text on screen, px (null: no post text). */
  text: number | null;
  /** Smallest count or rank, px. */
  count: number | null;
  /** The join line, px (null: none on this view). */
  join: number | null;
  /** Post texts that end in an ellipsis (clamped). */
  clamped: number;
  /** Headings whose text is cut. */
  clippedHeadings: string[];
  /** Elements sticking out of the viewport. */
  outside: string[];
}

/**
 * What the back row gets: the computed font sizes of post text, counts and the join line.
 * Post texts are `[data-post-text]` (or, on older builds, `.user-text` on the stage); counts
 * are `[data-count]` (older builds: their classes).
 */
export async function measureScreen(page: Page): Promise<TypeSizes> {
  return page.evaluate(() => {
    // On screen now: laid out, not hidden, and at least partly inside the viewport (a view's
    // other pages lie beside it, outside the viewport, until their turn).
    const onScreen = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const visible = r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('[data-cut], [hidden], .visually-hidden');
      return visible && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
    };
    const all = (selector: string) => [...document.querySelectorAll(selector)].filter(onScreen);
    const size = (els: Element[]) => (els.length ? Math.min(...els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize))) : null);
    const texts = all('[data-post-text], .stage .user-text');
    const counts = all('[data-count], .stage .screen-cell-count, .stage .votes, .stage .n, .stage .count, .stage .rank');
    const join = all('[data-join-line], .strip, .lobby .url');
    const clamped = texts.filter((el) => getComputedStyle(el).webkitLineClamp !== 'none' && el.scrollHeight > el.clientHeight + 1).length;
    const clippedHeadings = all('.screen h1, .screen h2')
      .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent?.trim().slice(0, 40) ?? '');
    const outside = [...texts, ...counts, ...join, ...all('.screen h1, .screen h2')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}"`);
    return { text: size(texts), count: size(counts), join: size(join), clamped, clippedHeadings, outside };
  });
}

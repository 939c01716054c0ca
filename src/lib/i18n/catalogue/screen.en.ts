import type { Message } from '../format.js';
import type { screenSv } from './screen.sv.js';

/** English for ./screen.sv.ts: exactly the same keys (the type checker enforces it). */
export const screenEn: Record<keyof typeof screenSv, Message> = {
  'screen.agenda': 'Now: {title}',
  'screen.announce': '{heading}: {figure}',

  'screen.lobby.stats': 'Taking part right now',
  'screen.lobby.joined': { one: 'participant has joined', other: 'participants have joined' },
  'screen.lobby.online': 'online now',
  'screen.lobby.associations': { one: 'association', other: 'different associations' },
  'screen.lobby.signups': { one: 'signed up for the working group', other: 'signed up for the working group' },
  'screen.lobby.evaluation': 'Answer the evaluation on your phone!',
  'screen.updates.heading': 'What has happened since last time?',

  'screen.post.pinned': 'Pinned',
  'screen.post.table': 'Table {n}',
  'screen.post.people': { one: '{count} person', other: '{count} people' },
  'screen.post.paper': 'Paper note',
  'screen.post.author': '– {name}',

  'screen.ranking.heading': 'Results',
  'screen.ranking.topic': 'Results: {topic}',
  'screen.ranking.leader': 'Most votes in {topic}: {text}',

  'screen.overview.heading': 'Overview – {round}',
  'screen.overview.posts': { one: 'post', other: 'posts' },
  'screen.overview.top': 'Most votes',

  'screen.vote.prompt.topic': { one: 'Vote now on your phone – {count} vote per principle', other: 'Vote now on your phone – {count} votes per principle' },
  'screen.vote.prompt.round': { one: 'Vote now on your phone – {count} vote for the whole round', other: 'Vote now on your phone – {count} votes for the whole round' },
  'screen.vote.voters': { one: '{count} of {joined} have voted', other: '{count} of {joined} have voted' },
  'screen.page': 'Page {page} of {pages}',
  'screen.paused': 'paused',
  'screen.continued': '{name}, continued',
  'screen.ranking.overall': 'The whole round',
  'screen.ranking.shared': 'shared place',
  'screen.overview.shared': 'Shared first place',

  'screen.words.heading': 'Recurring words: {topic}',
  'screen.words.legend': 'The number shows how many posts use the word.',
  'screen.words.uses': { one: 'in {count} post', other: 'in {count} posts' },
  'screen.words.none': 'No words to show yet.',

  'screen.eval.heading': 'Evaluation',
  'screen.eval.responses': { one: '{count} response', other: '{count} responses' },
  'screen.eval.mean': 'Mean {mean}',
  'screen.eval.noMean': 'No answers yet',
  'screen.eval.scale': 'Scale 1–5: 1 = not at all, 5 = fully',
  'screen.eval.bar': { one: '{score}: {count} answer', other: '{score}: {count} answers' }
};

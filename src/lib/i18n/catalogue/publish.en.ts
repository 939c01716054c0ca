import type { Message } from '../format.js';
import type { publishSv } from './publish.sv.js';

/** English for ./publish.sv.ts: exactly the same keys (the type checker enforces it). */
export const publishEn: Record<keyof typeof publishSv, Message> = {
  'publish.outcome.kicker': 'Results of the meeting',
  'publish.outcome.published': 'Published {date}',
  'publish.outcome.privacy':
    'This page shows what the meeting arrived at – no names, and nothing about who wrote or voted for what. Anyone with the link can see it.',
  'publish.summary.heading': 'Summary',
  'publish.updates.heading': 'What has happened since the meeting?',
  'publish.figures.heading': 'The meeting in numbers',
  'publish.figures.participants': { one: 'participant', other: 'participants' },
  'publish.figures.associations': { one: 'association', other: 'associations' },
  'publish.figures.posts': { one: 'post', other: 'posts' },
  'publish.figures.votes': { one: 'vote', other: 'votes' },
  'publish.figures.signups': { one: 'signed up for the working group', other: 'signed up for the working group' },
  'publish.round.posts': { one: '{count} post', other: '{count} posts' },
  'publish.rounds.none': 'No posts to show.',
  'publish.row.rank': 'Place {rank}',
  'publish.row.carried': { one: 'From {title}, where it got {count} vote', other: 'From {title}, where it got {count} votes' },
  'publish.row.paper': 'From a paper note',
  'publish.row.table': 'Table {table}',
  'publish.row.people': { one: 'for {count} person', other: 'for {count} people' },
  'publish.topic.showAll': { one: 'Show all {count}', other: 'Show all {count}' },
  'publish.topic.showFewer': 'Show fewer',

  'publish.page.title': 'Results – {title}',
  'publish.page.loading': 'Fetching the meeting…',
  'publish.page.join.question': 'Are you at the meeting right now?',
  'publish.page.join.button': 'Join the meeting',
  'publish.page.return.text': 'You took part in the meeting. Your posts and details are on your page.',
  'publish.page.return.button': 'To your page in the meeting',
  'publish.notice.text': 'The results of the meeting have been published.',
  'publish.notice.show': 'Show the results'
};

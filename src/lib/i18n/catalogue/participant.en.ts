import type { Message } from '../format.js';
import type { participantSv } from './participant.sv.js';

/** English for ./participant.sv.ts: exactly the same keys (the type checker enforces it). */
export const participantEn: Record<keyof typeof participantSv, Message> = {
  'participant.phase.evaluation': 'Evaluation',
  'participant.phase.timeUp': '{phase} – time is up',
  'participant.now.heading': 'Right now',

  'participant.compose.closed': 'Time is up – collecting is closed',
  'participant.compose.closedBody': 'No more posts can be sent right now. The facilitator will tell you what happens next.',
  'participant.compose.draft': 'This is what you had written, but it was not sent:',
  'participant.compose.sending': 'Sending…',
  'participant.compose.received': 'Your post has been received. Feel free to write more!',
  'participant.compose.receivedQueue': 'Your post has been received. Others will see it once the facilitator has approved it.',
  'participant.scribe.toggle': 'I am writing for my table',
  'participant.scribe.hint': 'The post is then shown as your table’s, with how many of you there are.',
  'participant.scribe.table': 'Table number',
  'participant.scribe.people': 'Number of people at the table',
  'participant.scribe.needTable': 'Enter the table’s number (1–{max}).',
  'participant.scribe.needPeople': 'Enter how many of you are at the table (1–{max}).',

  'participant.post.table': { one: 'Table {table} ({count} person)', other: 'Table {table} ({count} people)' },
  'participant.post.tableOnly': 'Table {table}',
  'participant.post.paper': 'From a paper note',
  'participant.post.edited': 'edited',
  'participant.post.pinned': 'Pinned by the facilitator',
  'participant.mine.merged': 'merged with: {text}',
  'participant.mine.mergedElsewhere': 'merged with another post',
  'participant.mine.awaiting': 'Waiting for approval',

  'participant.vote.closed': 'Time is up – voting is closed',
  'participant.vote.closedBody': 'Your votes are saved. The results appear when the facilitator shows them.',
  'participant.vote.stackIntro': {
    one: 'You can put several votes on the same post, at most {count}.',
    other: 'You can put several votes on the same post, at most {count}.'
  },
  'participant.vote.mine': 'Your votes: {count}',
  'participant.vote.max': { one: 'At most {count} vote per post.', other: 'At most {count} votes per post.' },
  'participant.vote.live': { one: '{count} vote so far', other: '{count} votes so far' },

  'participant.signup.heading': 'Sign up for the working group',
  'participant.signup.intro': 'Would you like to join the working group that carries on after the meeting? Leave your name and how to reach you.',
  'participant.signup.name': 'Name',
  'participant.signup.contact': 'E-mail or phone',
  'participant.signup.consent': 'I agree that the facilitators keep my name and contact details to contact me about the working group.',
  'participant.signup.consentInfo':
    'Only the facilitators see these details – not the big screen and not other participants. They are used only to contact you about the working group. You can withdraw here at any time, and the details are deleted when the meeting is deleted.',
  'participant.signup.submit': 'Sign up',
  'participant.signup.needName': 'Enter your name.',
  'participant.signup.needContact': 'Enter an e-mail address or a phone number.',
  'participant.signup.needConsent': 'Tick the consent box to sign up.',
  'participant.signup.current': 'You have signed up as {name} ({contact}).',
  'participant.signup.currentInfo': 'Only the facilitators see it, and only to contact you about the working group.',
  'participant.signup.withdraw': 'Withdraw sign-up',
  'participant.signup.saved': 'Your sign-up is saved.',
  'participant.signup.withdrawn': 'Your sign-up has been removed.',

  'participant.eval.heading': 'Evaluation',
  'participant.eval.intro': 'Please answer a few short questions about the meeting. Answers are only shown added up, without names.',
  'participant.eval.low': 'Not at all',
  'participant.eval.high': 'Completely',
  'participant.eval.comment': 'Comment (optional)',
  'participant.eval.submit': 'Send answers',
  'participant.eval.needAnswer': 'Answer at least one question or write a comment.',
  'participant.eval.thanks': 'Thank you!',
  'participant.eval.thanksBody': 'Your answers are saved. You can change them while the evaluation is open.',
  'participant.eval.yourAnswer': 'Your answer: {score} of 5',
  'participant.eval.noAnswer': 'Not answered',
  'participant.eval.yourComment': 'Your comment:',
  'participant.eval.change': 'Change answers'
};

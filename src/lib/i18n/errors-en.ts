import type { AnyErrorCode } from './errors.js';

/** English error sentences; loaded with the English catalogue, only when needed. */
export const enErrors: Record<AnyErrorCode, string> = {
  invalid_payload: 'Something in the request was wrong. Reload the page and try again.',
  unknown_event: 'The server did not understand the request. Reload the page.',
  payload_too_large: 'What you sent was too large.',
  workshop_not_found: 'The meeting does not exist. Check the code.',
  unauthorized: 'You are not allowed to do this. Check the link or the key.',
  forbidden: 'Only the facilitator can do this.',
  not_joined: 'You are not in the meeting right now. Reconnecting…',
  text_empty: 'The text is empty. Write something first.',
  text_too_long: 'The text is too long.',
  unknown_round: 'The conversation does not exist.',
  unknown_topic: 'The principle does not exist.',
  wrong_topic_count: 'Choose the right number of principles.',
  round_not_open: 'The conversation is not open right now.',
  posting_closed: 'You cannot post right now – collecting has ended.',
  voting_closed: 'Voting is closed.',
  budget_exhausted: 'You have no votes left here. Take one back first.',
  already_voted: 'You have already voted for this.',
  not_voted: 'You had not voted for this.',
  post_not_found: 'The post no longer exists.',
  not_author: 'You can only withdraw your own posts.',
  post_not_active: 'The post is hidden or removed.',
  withdraw_closed: 'Posts in this conversation can no longer be withdrawn.',
  already_exists: 'It already exists.',
  rate_limited: 'A little too fast – wait a moment.',
  unavailable: 'The server is busy right now. Trying again.',
  internal: 'Something went wrong on the server. Try again in a moment.',
  network: 'No contact with the server. Check your connection and try again.',
  http_error: 'The server answered with an error. Try again in a moment.',
  timeout: 'The server did not answer in time. Try again.'
};

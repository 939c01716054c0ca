/** Sizes the product promises; the protocol schemas and the domain both enforce them. */
export const LIMITS = {
  postText: 500,
  name: 60,
  association: 100,
  contact: 200,
  comment: 1000,
  summary: 5000,
  updateText: 2000,
  updates: 50,
  title: 140,
  description: 600,
  topics: 20,
  rounds: 6,
  agendaItems: 30,
  sectors: 30,
  questions: 10,
  votesPerBudget: 50,
  votesPerPost: 10,
  tables: 999,
  peoplePerTable: 99,
  timerMs: 4 * 60 * 60 * 1000,
  commandId: 64
} as const;

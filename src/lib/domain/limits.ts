/** Sizes the product promises; the protocol schemas and the domain both enforce them. */
export const LIMITS = {
  postText: 500,
  name: 60,
  association: 100,
  title: 140,
  topics: 20,
  rounds: 6,
  votesPerBudget: 50,
  commandId: 64
} as const;

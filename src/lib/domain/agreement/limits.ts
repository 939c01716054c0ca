/**
 * Sizes the agreement process promises; the HTTP schemas (src/lib/protocol/agreement.ts)
 * and the rules (apply.ts) both enforce them. They bound one agreement's log and state:
 * a municipality's agreement is a few pages, and a consultation a few hundred comments.
 */
export const AGREEMENT_LIMITS = {
  title: 140,
  heading: 140,
  sections: 40,
  paragraphs: 80,
  paragraphText: 4000,
  sourcesPerParagraph: 60,
  commentText: 2000,
  /** Every comment of every version together. */
  comments: 10_000,
  /** One sender's comments on one version: generous for a thorough answer, a wall for a flood. */
  commentsPerAuthor: 60,
  name: 60,
  association: 100,
  contact: 200,
  reason: 1000,
  decision: 300,
  joins: 5_000,
  editors: 60,
  versions: 50,
  /** The whole draft's text in all languages: each published version keeps a copy. */
  draftText: 200_000,
  /**
   * The whole draft's sources (links to posts), for the same reason: without it 40 sections
   * of 80 paragraphs of 60 links each were 192,000 links copied into each of 50 versions.
   * The synthesis fills the two sections it fills with at most 720.
   */
  draftSources: 3_000,
  /**
   * Characters of every command the writers (organisers and working group: draft edits,
   * answers, moderation) have put in the log, all told. Nothing else bounded them: a loop of
   * full-draft edits (each up to the 512 kB body) filled the disk or Redis at the speed of
   * the requests, and every restart replays them. 250 rewrites of a full draft; publishing,
   * adopting and the organisers' other commands are never refused by it.
   */
  writerLog: 50_000_000
} as const;

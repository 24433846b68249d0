/**
 * How long a person's free text may be, in characters, by its kind: the schemas refuse a longer one, and the
 * tab counts toward the limit as a text nears it.
 */
export const textLimits = {
  /** A note beside something: what was committed to, a commitment's result. */
  note: 1000,
  /** A comment, a proposal, a decision, a response to a warning sign. */
  comment: 2000,
  /** A description, or a section of a plan or of an actor's material. */
  description: 4000,
  /** A department's situation picture in its November report. */
  report: 10_000,
  /** A document's worth: a meeting's notes, an agenda item's text, a section of the annual lägesbild. */
  document: 20_000,
} as const;

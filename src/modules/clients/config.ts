// Client-work time limits. Configurable in one place; the deadline-rules module
// (src/domain/deadlines/) may import these. Verify against current law (DOMAIN 3.2, 3.8).
export const clientWorkDeadlines = {
  /** SHL 36 §: the assessment starts at the latest on the 7th working day after the contact. */
  assessmentStartWorkingDays: 7,
  /** Youth model (18–24): contact the youth two months after the client relationship ends. */
  youthFollowUpMonths: 2,
  /** Default answer time for a request to another authority (SHL 41 §), in working days. */
  authorityRequestWorkingDays: 14,
};

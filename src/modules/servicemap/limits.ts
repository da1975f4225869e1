// Per-IP request limits of the public service map (per instance). The benchmark raises them with
// SERVICEMAP_RATE_LIMIT so it measures search, not the limiter.
const perMinute = Number(process.env.SERVICEMAP_RATE_LIMIT) || 300;

export const rateLimits = {
  /** Public pages and JSON search. */
  page: { max: perMinute, timeWindow: '1 minute' },
  /** Suggestions: a person sends a few, a bot many. */
  suggest: { max: Number(process.env.SERVICEMAP_SUGGEST_LIMIT) || 10, timeWindow: '10 minutes' },
};

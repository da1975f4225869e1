// Limits of the public participation endpoints, read from the environment so an installation (or
// the benchmark) can raise them without touching code. Counted per client address and instance.
export interface PublicLimits {
  /** Answers per address per window on the public feedback form and JSON endpoint. */
  feedbackMax: number;
  /** Survey answers (web and kiosk) per address per window; a lobby kiosk needs room. */
  surveyMax: number;
  timeWindow: string;
}

function int(v: string | undefined, fallback: number) {
  const n = Number(v);
  return v && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

export function publicLimits(env: NodeJS.ProcessEnv = process.env): PublicLimits {
  return {
    feedbackMax: int(env.FEEDBACK_RATE_LIMIT_MAX, 30),
    surveyMax: int(env.SURVEY_RATE_LIMIT_MAX, 60),
    timeWindow: env.PARTICIPATION_RATE_LIMIT_WINDOW || '1 minute',
  };
}

// Configuration comes from the environment only, read once at start-up.
import path from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  demo: boolean;
  demoPassword: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  cookieSecure: boolean;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  trustProxy: boolean;
  /** Map tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png; empty = no tiles. */
  tileUrl: string;
  logLevel: string;
  webDir: string;
  /** HMAC key of the use-log chain (AUDIT_KEY); keep it outside the database and its backups. */
  auditKey: string | null;
}

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: int(env.PORT, 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    // The embedded database is for trying the product: it gets demo data unless told otherwise.
    demo: argv.includes('--demo') || (!databaseUrl && !argv.includes('--no-demo') && env.DEMO !== 'false'),
    demoPassword: env.DEMO_PASSWORD || 'osallinen-demo',
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 30),
    sessionMaxHours: int(env.SESSION_MAX_HOURS, 12),
    cookieSecure: env.COOKIE_SECURE === 'true',
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5),
    loginWindowMinutes: int(env.LOGIN_WINDOW_MINUTES, 15),
    trustProxy: env.TRUST_PROXY === 'true',
    tileUrl: env.TILE_URL ?? '',
    logLevel: env.LOG_LEVEL || 'info',
    webDir: path.resolve(env.WEB_DIR || './dist/web'),
    auditKey: env.AUDIT_KEY || null,
  };
}

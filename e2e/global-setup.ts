// Starts one demo server for the browser tests: builds the web app when needed, runs
// `node --import tsx src/server/main.ts --demo` on a free port with a fresh data directory
// (or E2E_DATABASE_URL), waits for /api/health, and stops it afterwards. With E2E_BASE_URL set,
// the tests use that server instead.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const repo = path.resolve(import.meta.dirname, '..');
export const DEMO_PASSWORD = 'osallinen-demo';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function buildWebIfNeeded() {
  const webDir = path.join(repo, 'dist/web');
  if (
    process.env.E2E_BUILD !== '1' &&
    existsSync(path.join(webDir, 'index.html')) &&
    existsSync(path.join(webDir, 'oma/index.html'))
  )
    return;
  console.log('[e2e] building the web app (vite build)…');
  const result = spawnSync(
    process.execPath,
    [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: repo, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string, timeoutMs = 120_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
  throw new Error(`[e2e] the server did not become healthy (exit code ${child.exitCode}). Last log lines:\n${log}`);
}

export default async function setup(project: TestProject) {
  // E2E_BASE_URL points the tests at a server that is already running (started by hand).
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL.replace(/\/$/, ''));
    return;
  }
  buildWebIfNeeded();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = process.env.E2E_DATABASE_URL ? undefined : mkdtempSync(path.join(tmpdir(), 'osallinen-e2e-'));
  const resultsDir = path.join(repo, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, 'e2e-server.log');
  const log = createWriteStream(logFile);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_PASSWORD,
    WEB_DIR: path.join(repo, 'dist/web'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
  };
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  else {
    delete env.DATABASE_URL;
    env.DATA_DIR = dataDir;
  }

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--demo'], {
    cwd: repo,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}

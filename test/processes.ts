import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { TEST_CREDENTIALS_KEY, TEST_SECRET } from './harness.ts';

/** A log line of a spawned process. */
export interface LogLine {
  msg: string;
  [field: string]: unknown;
}

/**
 * Starts an entry point (`src/main.ts`, `src/worker.ts`) as its own process, in production mode on the run's
 * database, on free ports, with `env` on top; its log lines are read as they come.
 */
export function startProcess(entry: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: inject('databaseUrl'),
      JWT_SECRET: TEST_SECRET,
      CREDENTIALS_KEY: TEST_CREDENTIALS_KEY.toString('base64'),
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '0',
      DISPATCH_IN_PROCESS: 'false',
      RATE_LIMITS: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = (): LogLine[] =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
  const count = (msg: string) => lines().filter((line) => line.msg === msg).length;
  return {
    child,
    lines,
    count,
    output: () => output,
    /** The first line with this message, once the process has logged it (10 s at most). */
    async line(msg: string, times = 1): Promise<LogLine> {
      for (let i = 0; i < 100 && count(msg) < times; i++) {
        if (child.exitCode !== null) break;
        await sleep(100);
      }
      const found = lines().filter((line) => line.msg === msg);
      if (found.length < times) throw new Error(`${entry} did not log "${msg}" ${times} time(s):\n${output}`);
      return found[0]!;
    },
    /** The server's base URL, from its `listening` line. */
    async url(): Promise<string> {
      return String((await this.line('listening')).url).replace('localhost', '127.0.0.1');
    },
    /** SIGTERM, then its exit code. */
    async stop(): Promise<number | null> {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

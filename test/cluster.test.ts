// WEB_CONCURRENCY (issue 19, point 3): API processes sharing one port, one dispatcher among them, a dead one
// replaced, their metrics summed, and a stop that drains them all.
import { execFileSync, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, inject, it } from 'vitest';
import { TEST_CREDENTIALS_KEY, TEST_SECRET } from './harness.ts';

/** The primary's API processes (its children). */
const childrenOf = (pid: number) =>
  execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);

it('serves on every process, replaces one that dies, and sums their metrics', async () => {
  const primary = spawn(process.execPath, ['src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: inject('databaseUrl'),
      JWT_SECRET: TEST_SECRET,
      CREDENTIALS_KEY: TEST_CREDENTIALS_KEY.toString('base64'),
      HOST: '127.0.0.1',
      PORT: '0',
      METRICS_PORT: '0',
      WEB_CONCURRENCY: '2',
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: '0',
      DISPATCH_INTERVAL_MS: '60000',
      RATE_LIMITS: 'off',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  primary.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
  });
  const lines = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg: string; url?: string; port?: number });
  const count = (msg: string) => lines().filter((l) => l.msg === msg).length;
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 200 && !done(); i++) await sleep(100);
    expect(done(), out).toBe(true);
  };
  try {
    await until(() => count('listening') === 2);
    const url = lines()
      .find((l) => l.msg === 'listening')!
      .url!.replace('localhost', '127.0.0.1');
    const metricsUrl = `http://127.0.0.1:${lines().find((l) => l.msg === 'metrics served')!.port}/metrics`;
    // One dispatcher in all, however many processes serve.
    expect(count('dispatcher started')).toBe(1);

    // A new connection per request: the processes take them in turn.
    for (let i = 0; i < 10; i++) {
      expect((await fetch(`${url}/health`, { headers: { connection: 'close' } })).status).toBe(200);
    }
    const metrics = await (await fetch(metricsUrl)).text();
    expect(metrics).toContain('http_request_duration_seconds_count{method="GET",route="/health",status="200"} 10');

    const [first, second] = childrenOf(primary.pid!);
    expect(second).toBeDefined();
    process.kill(first!, 'SIGKILL');
    await until(() => count('listening') === 3);
    expect(childrenOf(primary.pid!)).not.toContain(first);
    // The first process (forked first, the lowest pid) was the dispatcher: its replacement took the role.
    await until(() => count('dispatcher started') === 2);
    for (let i = 0; i < 4; i++) {
      expect((await fetch(`${url}/health`, { headers: { connection: 'close' } })).status).toBe(200);
    }

    const exited = new Promise<number | null>((resolve) => primary.once('exit', resolve));
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(count('stopped')).toBe(3);
  } finally {
    primary.kill('SIGKILL');
  }
});

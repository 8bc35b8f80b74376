// WEB_CONCURRENCY (issue 19, point 3): API processes sharing one port, one dispatcher among them, a dead one
// replaced, their metrics summed, and a stop that drains them all.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { startProcess } from './processes.ts';

/** The primary's API processes (its children). */
const childrenOf = (pid: number) =>
  execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map(Number);

it('serves on every process, replaces one that dies, and sums their metrics', async () => {
  const primary = startProcess('src/main.ts', {
    METRICS_PORT: '0',
    WEB_CONCURRENCY: '2',
    DISPATCH_IN_PROCESS: 'true',
    DISPATCH_INTERVAL_MS: '60000',
  });
  try {
    await primary.line('listening', 2);
    const url = await primary.url();
    const metricsUrl = `http://127.0.0.1:${(await primary.line('metrics served')).port}/metrics`;
    // One dispatcher in all, however many processes serve.
    expect(primary.count('dispatcher started')).toBe(1);

    // A new connection per request: the processes take them in turn.
    for (let i = 0; i < 10; i++) {
      expect((await fetch(`${url}/health`, { headers: { connection: 'close' } })).status).toBe(200);
    }
    const metrics = await (await fetch(metricsUrl)).text();
    expect(metrics).toContain('http_request_duration_seconds_count{method="GET",route="/health",status="200"} 10');

    const [first, second] = childrenOf(primary.child.pid!);
    expect(second).toBeDefined();
    process.kill(first!, 'SIGKILL');
    await primary.line('listening', 3);
    expect(childrenOf(primary.child.pid!)).not.toContain(first);
    // The first process (forked first, the lowest pid) was the dispatcher: its replacement took the role.
    await primary.line('dispatcher started', 2);
    for (let i = 0; i < 4; i++) {
      expect((await fetch(`${url}/health`, { headers: { connection: 'close' } })).status).toBe(200);
    }

    expect(await primary.stop()).toBe(0);
    expect(primary.count('stopped')).toBe(3);
  } finally {
    primary.child.kill('SIGKILL');
  }
});

import http from 'node:http';
import type { Scenario } from './scenarios.ts';

export interface PacedSettings {
  /** Requests per second. */
  rate: number;
  seconds: number;
  /** Most keep-alive connections open at once; a request due while all are busy waits for one. */
  connections: number;
  timeoutMs?: number;
}

export interface PacedResult {
  /** Milliseconds from each 2xx request's scheduled time to the end of its answer, ascending. */
  latencies: number[];
  ok: number;
  /** Non-2xx answers, socket errors and timeouts. */
  errors: number;
  firstError?: string;
}

/**
 * A fixed request rate, open loop (as wrk2 does it): request i is due at `i / rate` seconds whatever happened
 * to the ones before it, and its latency runs from that moment to the last byte of its answer, so a request
 * held up by a stall, or waiting for a free connection behind slow ones, counts every millisecond it was late.
 * autocannon's `overallRate` does neither: each connection sends its per-second quota back to back as
 * answers come and then pauses, and its coordinated-omission correction takes `ceil(1 / rate)` as the
 * interval (1 ms at any rate over one request per second per connection), which adds a made-up sample
 * for every millisecond of every answer slower than that (docs/performance.md, "Tails").
 */
export async function firePaced(baseUrl: string, scenario: Scenario, settings: PacedSettings): Promise<PacedResult> {
  const { hostname, port } = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: settings.connections });
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const result: PacedResult = { latencies: [], ok: 0, errors: 0 };
  const fail = (message: string) => {
    result.errors++;
    result.firstError ??= message;
  };
  const answers: Promise<void>[] = [];

  const send = (due: number) => {
    const next = scenario.next();
    const headers =
      next.body === undefined
        ? next.headers
        : { ...next.headers, 'content-length': String(Buffer.byteLength(next.body)) };
    const answer = new Promise<void>((resolve) => {
      // Settled once: a request destroyed mid-answer reports the error on both the request and the response.
      let settled = false;
      const settle = (failure?: string) => {
        if (settled) return;
        settled = true;
        if (failure === undefined) {
          result.ok++;
          result.latencies.push(performance.now() - due);
        } else {
          fail(failure);
        }
        resolve();
      };
      const request = http.request({ hostname, port, method: next.method, path: next.path, headers, agent }, (res) => {
        const status = res.statusCode ?? 0;
        const ok = status >= 200 && status <= 299;
        const body: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          if (!ok) body.push(chunk);
        });
        res.on('end', () => settle(ok ? undefined : `${status} ${Buffer.concat(body).toString()}`));
        res.on('error', (err) => settle(err.message));
      });
      request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      request.on('error', (err) => settle(err.message));
      request.end(next.body);
    });
    answers.push(answer);
  };

  const total = Math.max(1, Math.round(settings.rate * settings.seconds));
  const start = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - start;
      const due = Math.min(total, Math.floor((elapsed / 1000) * settings.rate) + 1);
      while (sent < due) send(start + (sent++ * 1000) / settings.rate);
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  await Promise.all(answers);
  agent.destroy();
  result.latencies.sort((a, b) => a - b);
  return result;
}

/** The value below which a fraction `q` of the sorted values lie (nearest rank). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

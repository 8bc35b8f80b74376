import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { firePaced, percentile } from '../src/paced.ts';
import type { Scenario } from '../src/scenarios.ts';

const scenario: Scenario = {
  id: 'probe',
  label: 'probe',
  target: 1,
  next: () => ({ method: 'GET', path: '/probe', headers: {} }),
};

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function start(listener: RequestListener): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the bench paced driver (firePaced)', () => {
  it('sends rate x seconds requests and times each from when it was due, so a stall counts in full', async () => {
    // The server stops answering for 300 ms, 200 ms in: an open-loop client keeps its schedule through the
    // stall, and the requests due during it are late by as long as they waited (not just their own service time).
    let stalledUntil = 0;
    const url = await start((_req, res) => {
      const wait = stalledUntil - performance.now();
      if (wait > 0) setTimeout(() => res.end('ok'), wait);
      else res.end('ok');
    });
    setTimeout(() => {
      stalledUntil = performance.now() + 300;
    }, 200);
    const result = await firePaced(url, scenario, { rate: 200, seconds: 1, connections: 4 });

    expect(result.ok).toBe(200);
    expect(result.errors).toBe(0);
    expect(result.latencies).toEqual([...result.latencies].sort((a, b) => a - b));
    // About 60 requests fell due during the stall; the first waited about 300 ms, later ones less.
    const late = result.latencies.filter((ms) => ms > 50);
    expect(late.length).toBeGreaterThan(40);
    expect(percentile(result.latencies, 1)).toBeGreaterThan(250);
    expect(percentile(result.latencies, 0.5)).toBeLessThan(50);
  });

  it('counts non-2xx answers and failed connections as errors, with the first one kept', async () => {
    let n = 0;
    const url = await start((_req, res) => {
      if (n++ % 2 === 1) res.statusCode = 503;
      res.end(res.statusCode === 503 ? 'busy' : 'ok');
    });
    const result = await firePaced(url, scenario, { rate: 100, seconds: 0.2, connections: 2 });
    expect(result.ok + result.errors).toBe(20);
    expect(result.errors).toBe(10);
    expect(result.firstError).toBe('503 busy');

    const refused = await firePaced('http://127.0.0.1:1', scenario, { rate: 50, seconds: 0.1, connections: 1 });
    expect(refused.ok).toBe(0);
    expect(refused.errors).toBe(5);
    expect(refused.firstError).toMatch(/ECONNREFUSED/);
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile([], 0.99)).toBe(0);
  });
});

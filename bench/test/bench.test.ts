import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import type { Results } from '../src/report.ts';

/**
 * The benchmark works end to end at a tiny size: it loads, runs every operation on the API and the
 * baseline, checks the counters, and reports. It asserts what it measured is sound, never a speed.
 */
describe('npm run bench (smoke)', () => {
  it('loads, measures both servers and writes the report', { timeout: 240_000 }, async () => {
    const out = await mkdtemp(join(tmpdir(), 'reten-bench-'));
    try {
      const bench = join(import.meta.dirname, '../src/bench.ts');
      const args = [bench, '--rows', '2000', '--tenants', '2', '--seconds', '1', '--warmup', '0'];
      args.push('--connections', '2', '--pool', '2', '--out', out, '--log-level', 'silent');
      args.push('--scale-rows', '1000', '--rounds', '2');
      args.push('--database-url', inject('databaseUrl'), '--database', `reten_bench_smoke_${process.pid}`, '--drop');
      await promisify(execFile)(process.execPath, args, { timeout: 200_000, maxBuffer: 16 * 2 ** 20 });

      const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results;
      const run = results.latest;
      expect(run.rows).toBe(2000);
      expect(run.countsExact).toBe(true);
      expect(run.operations.map((o) => o.id)).toEqual([
        'get',
        'list-filtered',
        'list-search',
        'list-tenant',
        'create',
        'create-task',
        'result',
      ]);
      for (const op of run.operations) {
        // Each server alone in alternating rounds, then both side by side (where the p99 ratio comes from).
        for (const server of [op.app, op.baseline, op.sideBySide.app, op.sideBySide.baseline]) {
          // More than one request per connection: keep-alive connections kept going.
          expect(server.requests, `${op.id} answered`).toBeGreaterThan(2);
          expect(server.errors, `${op.id}: ${server.firstError}`).toBe(0);
          expect(server.p99).toBeGreaterThanOrEqual(server.p50);
        }
        // Both servers' CPU time per request, read from /proc (this suite runs on Linux); in clock ticks of
        // 10 ms, so a second of light load may show none.
        for (const server of [op.sideBySide.app, op.sideBySide.baseline]) {
          expect(server.cpuMsPerRequest, `${op.id} CPU per request`).toBeGreaterThanOrEqual(0);
        }
        expect(op.ratio).toBeGreaterThan(0);
        // Side by side at a third of the slower server's rate each.
        expect(op.sideBySide.rate).toBe(Math.max(1, Math.floor(Math.min(op.app.rps, op.baseline.rps) / 3)));
        expect(op.p99Ratio).toBeCloseTo(op.sideBySide.app.p99 / op.sideBySide.baseline.p99, 6);
      }
      // The scale check: the API alone, on this table and on a smaller one loaded next to it.
      expect(run.scale.map((s) => [s.id, s.scaleRows])).toEqual([
        ['get', 1000],
        ['list-filtered', 1000],
      ]);
      for (const s of run.scale) {
        for (const m of [s.large, s.small]) {
          expect(m.requests, `${s.id} at scale answered`).toBeGreaterThan(2);
          expect(m.errors, `${s.id} at scale: ${m.firstError}`).toBe(0);
        }
        expect(s.ratio).toBeCloseTo(s.large.rps / s.small.rps, 6);
      }
      expect(await readFile(join(out, 'chart.svg'), 'utf8')).toMatch(/^<svg /);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('measures get by id against the stack alone (--stack-baseline)', { timeout: 120_000 }, async () => {
    const out = await mkdtemp(join(tmpdir(), 'reten-bench-'));
    try {
      const bench = join(import.meta.dirname, '../src/bench.ts');
      const args = [bench, '--rows', '1000', '--tenants', '2', '--seconds', '1', '--warmup', '0', '--rounds', '2'];
      args.push('--connections', '2', '--pool', '2', '--out', out, '--log-level', 'silent', '--scale-rows', '0');
      args.push('--only', 'get', '--stack-baseline');
      args.push('--database-url', inject('databaseUrl'), '--database', `reten_bench_stack_${process.pid}`, '--drop');
      await promisify(execFile)(process.execPath, args, { timeout: 100_000, maxBuffer: 16 * 2 ** 20 });

      const run = (JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as Results).latest;
      expect(run.stackBaseline).toBe(true);
      expect(run.operations.map((o) => o.id)).toEqual(['get']);
      const [get] = run.operations;
      for (const server of [get!.app, get!.baseline, get!.sideBySide.app, get!.sideBySide.baseline]) {
        expect(server.requests).toBeGreaterThan(2);
        expect(server.errors, server.firstError).toBe(0);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

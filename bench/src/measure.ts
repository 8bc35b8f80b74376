import autocannon from 'autocannon';
import { firePaced, type PacedSettings, percentile } from './paced.ts';
import { type Measurement, peakRssMb } from './report.ts';
import type { Scenario } from './scenarios.ts';
import type { BenchServer } from './servers.ts';

export interface LoadSettings {
  seconds: number;
  /** Seconds of the same load first, unmeasured, so both servers are warm (JIT, caches, pools). */
  warmup: number;
  connections: number;
}

async function fire(server: BenchServer, scenario: Scenario, settings: LoadSettings, seconds: number) {
  let firstError: string | undefined;
  const result = await autocannon({
    url: server.url,
    connections: settings.connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          const next = scenario.next();
          // autocannon writes the body's content-length into the headers it is given: a shared headers
          // object would then send it on later GETs of other scenarios, which stall waiting for the body.
          return { ...request, ...next, headers: { ...next.headers } };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status > 299) && firstError === undefined) firstError = `${status} ${body}`;
        },
      },
    ],
  });
  return { result, firstError };
}

/**
 * Runs `load` on `server` with the server's peak RSS sampled throughout and its CPU time read before and
 * after; `answered` is how many requests the CPU time is shared by.
 */
async function observed<T>(server: BenchServer, load: () => Promise<T>, answered: (value: T) => number) {
  let peak: number | null = null;
  const sample = async () => {
    const rss = await server.rssMb();
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  };
  const sampler = setInterval(() => void sample(), 200);
  try {
    const cpuBefore = await server.cpuMs();
    const value = await load();
    const cpuAfter = await server.cpuMs();
    await sample();
    const count = answered(value);
    return {
      value,
      rssPeakMb: peak === null ? null : Math.round(peak),
      cpuMsPerRequest: cpuBefore === null || cpuAfter === null || count === 0 ? null : (cpuAfter - cpuBefore) / count,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Fixed-duration, fixed-concurrency load on one server (closed loop: each connection sends as fast as answered). */
export async function measure(server: BenchServer, scenario: Scenario, settings: LoadSettings): Promise<Measurement> {
  if (settings.warmup > 0) await fire(server, scenario, settings, settings.warmup);
  const { value, rssPeakMb, cpuMsPerRequest } = await observed(
    server,
    () => fire(server, scenario, settings, settings.seconds),
    ({ result }) => result['2xx'],
  );
  const { result, firstError } = value;
  return {
    rps: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts,
    rssPeakMb,
    cpuMsPerRequest,
    ...(firstError ? { firstError } : {}),
  };
}

/** A fixed request rate on one server, open loop (`firePaced`). */
async function measurePaced(server: BenchServer, scenario: Scenario, settings: PacedSettings): Promise<Measurement> {
  const { value, rssPeakMb, cpuMsPerRequest } = await observed(
    server,
    () => firePaced(server.url, scenario, settings),
    (result) => result.ok,
  );
  return {
    rps: value.ok / settings.seconds,
    p50: percentile(value.latencies, 0.5),
    p99: percentile(value.latencies, 0.99),
    requests: value.ok + value.errors,
    errors: value.errors,
    rssPeakMb,
    cpuMsPerRequest,
    ...(value.firstError ? { firstError: value.firstError } : {}),
  };
}

/** One side of a comparison: a server and the scenario it gets. */
export interface Side {
  name: string;
  server: BenchServer;
  scenario: Scenario;
}

/**
 * Measures two sides in alternating rounds (A B, then B A, ...), `seconds / rounds` each, so that a
 * drift in what else the machine does falls on both. Warm-up runs before each side's first round only.
 * `before` runs once, first (the bench's checkpoint: no timed one falls inside the operation, while one per round
 * made every round start with a burst of full-page images in the WAL). Each side's rounds are then combined:
 * req/s over the total time; p50 and p99 as the median of the rounds' values (for information: the p99 target
 * is judged by `measureSideBySide`).
 */
export async function measurePair(
  a: Side,
  b: Side,
  settings: LoadSettings & { rounds: number },
  before: () => Promise<void>,
  log: (line: string) => void,
): Promise<[Measurement, Measurement]> {
  await before();
  const rounds = new Map<Side, Measurement[]>([
    [a, []],
    [b, []],
  ]);
  for (let round = 0; round < settings.rounds; round++) {
    for (const side of round % 2 === 0 ? [a, b] : [b, a]) {
      log(`${side.name}${settings.rounds > 1 ? ` (round ${round + 1} of ${settings.rounds})` : ''}`);
      const m = await measure(side.server, side.scenario, {
        seconds: settings.seconds / settings.rounds,
        warmup: round === 0 ? settings.warmup : 0,
        connections: settings.connections,
      });
      log(`    ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms`);
      rounds.get(side)!.push(m);
    }
  }
  return [combine(rounds.get(a)!), combine(rounds.get(b)!)];
}

/**
 * Both sides at once, each at the same fixed request rate (open loop, `firePaced`: a request's latency runs
 * from when it was due, so stalls count fully), on half the connections each. The p99 target is judged here,
 * for two measured reasons (docs/performance.md, "Tails"): in alternating rounds the write p99s are decided by
 * stalls of this machine's disk (commit flushes of 100 ms and more) landing on whichever server runs at the
 * moment, so the same server compared with itself gave p99 ratios from 0.40 to 2.70; side by side a stall
 * falls on both (0.94 to 1.54 once warm, A/A). A fixed rate below saturation keeps the two servers from
 * competing for the cores, which at full load measured the split of the CPU rather than each server's latency.
 */
export async function measureSideBySide(
  a: Side,
  b: Side,
  settings: { seconds: number; connections: number; rate: number },
): Promise<[Measurement, Measurement]> {
  const each: PacedSettings = {
    rate: settings.rate,
    seconds: settings.seconds,
    connections: Math.max(1, Math.floor(settings.connections / 2)),
  };
  return Promise.all([measurePaced(a.server, a.scenario, each), measurePaced(b.server, b.scenario, each)]);
}

function combine(rounds: Measurement[]): Measurement {
  const median = (pick: (m: Measurement) => number) => {
    const sorted = rounds.map(pick).sort((x, y) => x - y);
    const mid = sorted.length / 2;
    return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
  };
  const firstError = rounds.find((m) => m.firstError)?.firstError;
  return {
    // Every round lasts the same, so the mean of the rates is the rate over the whole time.
    rps: rounds.reduce((sum, m) => sum + m.rps, 0) / rounds.length,
    p50: median((m) => m.p50),
    p99: median((m) => m.p99),
    requests: rounds.reduce((sum, m) => sum + m.requests, 0),
    errors: rounds.reduce((sum, m) => sum + m.errors, 0),
    rssPeakMb: peakRssMb(rounds),
    cpuMsPerRequest: rounds.every((m) => m.cpuMsPerRequest !== null)
      ? rounds.reduce((sum, m) => sum + m.cpuMsPerRequest! * m.rps, 0) / rounds.reduce((sum, m) => sum + m.rps, 0)
      : null,
    ...(firstError ? { firstError } : {}),
  };
}

import autocannon from 'autocannon';
import type { Measurement } from './report.ts';
import type { Scenario } from './scenarios.ts';
import type { BenchServer } from './servers.ts';

export interface LoadSettings {
  seconds: number;
  /** Seconds of the same load first, unmeasured, so both servers are warm (JIT, caches, pools). */
  warmup: number;
  connections: number;
}

async function fire(server: BenchServer, scenario: Scenario, connections: number, seconds: number) {
  let firstError: string | undefined;
  const result = await autocannon({
    url: server.url,
    connections,
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

/** Fixed-duration, fixed-concurrency load on one server, with its peak RSS sampled throughout. */
export async function measure(server: BenchServer, scenario: Scenario, settings: LoadSettings): Promise<Measurement> {
  if (settings.warmup > 0) await fire(server, scenario, settings.connections, settings.warmup);
  let peak: number | null = null;
  const sample = async () => {
    const rss = await server.rssMb();
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  };
  const sampler = setInterval(() => void sample(), 200);
  try {
    const { result, firstError } = await fire(server, scenario, settings.connections, settings.seconds);
    await sample();
    const ok = result['2xx'];
    return {
      rps: ok / result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      errors: result.non2xx + result.errors + result.timeouts,
      rssPeakMb: peak === null ? null : Math.round(peak),
      ...(firstError ? { firstError } : {}),
    };
  } finally {
    clearInterval(sampler);
  }
}

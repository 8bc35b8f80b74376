import { readFile, writeFile } from 'node:fs/promises';

export interface Measurement {
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx answers plus socket errors and timeouts. */
  errors: number;
  rssPeakMb: number | null;
  /** The server's CPU time (user + system) per answered request, in ms; null where it cannot be read. */
  cpuMsPerRequest: number | null;
  /** The first non-2xx body seen, to tell what went wrong. */
  firstError?: string;
}

export interface OperationResult {
  id: string;
  label: string;
  target: number;
  app: Measurement;
  baseline: Measurement;
  ratio: number;
  /** Both servers at once at the same fixed rate: where tails are compared (measureSideBySide). */
  sideBySide: { rate: number; app: Measurement; baseline: Measurement };
  /** sideBySide.app.p99 over sideBySide.baseline.p99. */
  p99Ratio: number;
}

export interface Run {
  date: string;
  rows: number;
  tenants: number;
  seconds: number;
  /** Alternating rounds the seconds were split into (A B, B A, ...). */
  rounds: number;
  /** Seconds of the side-by-side phase of each operation. */
  sideBySideSeconds: number;
  connections: number;
  poolMax: number;
  logLevel: string;
  /** The baseline prepared its statements as the API does (the default; --baseline-unprepared turns it off). */
  baselinePrepared: boolean;
  /** The baseline was the stack alone (--stack-baseline: stack-server.ts, get by id only). */
  stackBaseline?: boolean;
  /** The API counted every request against its rate limits (--rate-limits); off otherwise. */
  rateLimits?: boolean;
  /** NODE_OPTIONS of the API process (--app-node-options), e.g. a V8 heap setting. */
  appNodeOptions: string;
  /** MALLOC_ARENA_MAX of the API process (glibc), as npm start sets it. */
  appMallocArenaMax: string;
  loadSeconds: number | null;
  machine: { cpus: string; cores: number; memoryGb: number; os: string; node: string; postgres: string };
  loadAverage: { before: number[]; after: number[] };
  /** activity_count sums equal count(*) for every tenant, status, type and channel after the run. */
  countsExact: boolean;
  operations: OperationResult[];
  /** The API alone at this size and at `scaleRows`, measured back to back (empty when not run). */
  scale: ScaleResult[];
}

/** Cost does not grow with the table: req/s at the run's size over req/s at a small one. */
export interface ScaleResult {
  id: string;
  label: string;
  target: number;
  scaleRows: number;
  large: Measurement;
  small: Measurement;
  ratio: number;
}

export interface Results {
  latest: Run;
}

const RSS_LIMIT_MB = 200;
/** Side by side, at the same rate: the API's p99 and CPU per request at most these multiples of the baseline's. */
const P99_LIMIT = 1.5;
const CPU_LIMIT = 1.2;

/** The highest RSS sampled over several measurements; null when none could be read. */
export function peakRssMb(measurements: Measurement[]): number | null {
  const peaks = measurements.map((m) => m.rssPeakMb).filter((mb): mb is number => mb !== null);
  return peaks.length ? Math.max(...peaks) : null;
}

/** Errors and peak RSS of one server over both phases of an operation (alternating rounds, side by side). */
function overall(op: OperationResult, server: 'app' | 'baseline') {
  const phases = [op[server], op.sideBySide[server]];
  return { errors: phases.reduce((sum, m) => sum + m.errors, 0), rssPeakMb: peakRssMb(phases) };
}

/** The API's CPU time per request over the baseline's, side by side at the same rate; null where unread. */
export function cpuRatioOf(op: OperationResult): number | null {
  const [app, baseline] = [op.sideBySide.app.cpuMsPerRequest, op.sideBySide.baseline.cpuMsPerRequest];
  return app === null || baseline === null || baseline === 0 ? null : app / baseline;
}

/** Which of the issue's targets an operation meets. */
export function verdict(op: OperationResult) {
  const app = overall(op, 'app');
  const cpuRatio = cpuRatioOf(op);
  return {
    throughput: op.ratio >= op.target,
    p99: op.p99Ratio <= P99_LIMIT,
    cpu: cpuRatio === null || cpuRatio <= CPU_LIMIT,
    errors: app.errors === 0,
    rss: app.rssPeakMb === null || app.rssPeakMb <= RSS_LIMIT_MB,
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (n: number | null) => (n === null ? 'n/a' : fmt(n));
const cpu = (m: Measurement) => (m.cpuMsPerRequest === null ? 'n/a' : fmt(m.cpuMsPerRequest, 2));

export function markdownTable(run: Run): string {
  const lines = [
    '| operation | API req/s | baseline req/s | ratio (target) | API p50 / p99 ms | baseline p50 / p99 ms | side by side: req/s each, p99 API / baseline ms (ratio) | side by side: CPU ms per request API / baseline (ratio) | errors API / baseline | peak RSS API / baseline MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const op of run.operations) {
    const v = verdict(op);
    const mark = (ok: boolean) => (ok ? '' : ' ✗');
    const [app, baseline] = [overall(op, 'app'), overall(op, 'baseline')];
    const cpuRatio = cpuRatioOf(op);
    lines.push(
      `| ${op.label} | ${fmt(op.app.rps)} | ${fmt(op.baseline.rps)} | ${fmt(op.ratio, 2)}x (${fmt(op.target, 2)})${mark(v.throughput)} | ` +
        `${fmt(op.app.p50, 1)} / ${fmt(op.app.p99, 1)} | ${fmt(op.baseline.p50, 1)} / ${fmt(op.baseline.p99, 1)} | ` +
        `${fmt(op.sideBySide.rate)}: ${fmt(op.sideBySide.app.p99, 1)} / ${fmt(op.sideBySide.baseline.p99, 1)} (${fmt(op.p99Ratio, 2)})${mark(v.p99)} | ` +
        `${cpu(op.sideBySide.app)} / ${cpu(op.sideBySide.baseline)} (${cpuRatio === null ? 'n/a' : fmt(cpuRatio, 2)})${mark(v.cpu)} | ` +
        `${app.errors} / ${baseline.errors}${mark(v.errors)} | ${mb(app.rssPeakMb)} / ${mb(baseline.rssPeakMb)}${mark(v.rss)} |`,
    );
  }
  return lines.join('\n');
}

/** The scale check: get and filtered list at the run's size against a small table (within 20%). */
export function scaleTable(run: Run): string | null {
  if (run.scale.length === 0) return null;
  const small = run.scale[0]!.scaleRows;
  const lines = [
    `| operation (API) | req/s at ${fmt(run.rows)} rows | req/s at ${fmt(small)} rows | ratio (target) | p99 ms at ${fmt(run.rows)} / ${fmt(small)} |`,
    '|---|---:|---:|---:|---:|',
  ];
  for (const s of run.scale) {
    lines.push(
      `| ${s.label} | ${fmt(s.large.rps)} | ${fmt(s.small.rps)} | ${fmt(s.ratio, 2)}x (${fmt(s.target, 2)})${s.ratio >= s.target ? '' : ' ✗'} | ` +
        `${fmt(s.large.p99, 1)} / ${fmt(s.small.p99, 1)} |`,
    );
  }
  return lines.join('\n');
}

export function summary(run: Run): string {
  const m = run.machine;
  const scale = scaleTable(run);
  return [
    `Measured ${run.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cores} × ${m.cpus}, ${m.memoryGb} GiB, ${m.os}, ` +
      `Node ${m.node}, PostgreSQL ${m.postgres} on the same machine. ${fmt(run.rows)} activities in ${run.tenants} tenants, ` +
      `${run.seconds} s per operation and server (${run.rounds} alternating rounds) at ${run.connections} connections, ` +
      `then ${fmt(run.sideBySideSeconds, 1)} s of both side by side, each at a third of the slower one's req/s, paced open loop (the p99 ratio), DB_POOL_MAX=${run.poolMax}, ` +
      `LOG_LEVEL=${run.logLevel}, baseline ${run.stackBaseline ? 'the stack alone (Hono, zod-openapi, @hono/node-server) ' : ''}${run.baselinePrepared ? 'with' : 'without'} prepared statements, ` +
      `API rate limits ${run.rateLimits ? 'counted (quotas never reached)' : 'off'}` +
      `${run.appNodeOptions ? `, API NODE_OPTIONS=${run.appNodeOptions}` : ''}, API MALLOC_ARENA_MAX=${run.appMallocArenaMax}; load average ${run.loadAverage.before.map((l) => fmt(l, 2)).join(' ')} before, ` +
      `${run.loadAverage.after.map((l) => fmt(l, 2)).join(' ')} after. Counters exact after the run: ${run.countsExact ? 'yes' : 'NO'}.`,
    '',
    markdownTable(run),
    ...(scale ? ['', scale] : []),
    '',
    `✗ marks a missed target (ratio; side by side, p99 <= ${P99_LIMIT}x and CPU per request <= ${CPU_LIMIT}x the baseline's; zero errors; RSS <= ${RSS_LIMIT_MB} MB; at scale, within 20% of the small table).`,
  ].join('\n');
}

/** Grouped bars: req/s of the API and the baseline per operation, with the ratio. */
export function chartSvg(run: Run): string {
  const rowHeight = 52;
  const left = 170;
  const width = 760;
  const plot = width - left - 90;
  const top = 40;
  const height = top + run.operations.length * rowHeight + 30;
  const max = Math.max(1, ...run.operations.flatMap((o) => [o.app.rps, o.baseline.rps]));
  const bar = (y: number, value: number, color: string) =>
    `<rect x="${left}" y="${y}" width="${((value / max) * plot).toFixed(1)}" height="14" fill="${color}"/>` +
    `<text x="${left + (value / max) * plot + 4}" y="${y + 11}" font-size="11">${fmt(value)}</text>`;
  const rows = run.operations.map((op, i) => {
    const y = top + i * rowHeight;
    const ok = Object.values(verdict(op)).every(Boolean);
    return [
      `<text x="${left - 8}" y="${y + 18}" font-size="12" text-anchor="end">${op.label}</text>`,
      `<text x="${left - 8}" y="${y + 32}" font-size="11" text-anchor="end" fill="${ok ? '#1a7f37' : '#cf222e'}">${fmt(op.ratio, 2)}x (target ${fmt(op.target, 2)})</text>`,
      `<text x="${left - 8}" y="${y + 44}" font-size="10" text-anchor="end" fill="#57606a">CPU ${cpu(op.sideBySide.app)} / ${cpu(op.sideBySide.baseline)} ms</text>`,
      bar(y + 2, op.app.rps, '#0969da'),
      bar(y + 18, op.baseline.rps, '#8c959f'),
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="${left}" y="18" font-size="13" font-weight="bold">req/s at ${fmt(run.rows)} rows, ${run.connections} connections, ${run.seconds} s each</text>
<rect x="${left}" y="24" width="10" height="10" fill="#0969da"/><text x="${left + 14}" y="33" font-size="11">API</text>
<rect x="${left + 50}" y="24" width="10" height="10" fill="#8c959f"/><text x="${left + 64}" y="33" font-size="11">baseline (${run.stackBaseline ? 'the stack alone' : 'node:http + pg'}, ${run.baselinePrepared ? 'prepared' : 'unprepared'} statements)</text>
${rows.join('\n')}
</svg>
`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Rewrites the generated part of README's Performance section. */
export async function updateReadme(path: string, text: string) {
  const readme = await readFile(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} ... ${END} block`);
  await writeFile(path, `${readme.slice(0, start + START.length)}\n${text}\n${readme.slice(end)}`);
}

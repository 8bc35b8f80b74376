/**
 * `npm run bench [-- --rows 1000000 --seconds 20 --connections 10 ...]`: loads a dedicated database
 * with realistic activities, then measures the API and a raw node:http + pg baseline with the same
 * fixed-duration, fixed-concurrency load (autocannon) in alternating rounds, then both side by side at a
 * fixed, paced rate (the tails), and writes results.json and chart.svg to a scratch folder (`--out`,
 * default .data/bench-results). Only `--publish` replaces the committed ones, bench/results.json,
 * bench/chart.svg and the table in README's Performance section, so a quick run never overwrites them.
 * See docs/performance.md for how to read it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openBenchDatabase } from './database.ts';
import { measurePair, measureSideBySide } from './measure.ts';
import { benchPath, ROOT } from './paths.ts';
import {
  chartSvg,
  markdownTable,
  type OperationResult,
  type Results,
  type Run,
  type ScaleResult,
  scaleTable,
  summary,
  updateReadme,
} from './report.ts';
import { loadFixtures, scenarios } from './scenarios.ts';
import { type BenchServer, startServer } from './servers.ts';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    tenants: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '4' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '10' },
    pool: { type: 'string', default: '10' },
    'log-level': { type: 'string', default: 'info' },
    only: { type: 'string' },
    out: { type: 'string' },
    publish: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    database: { type: 'string' },
    'data-dir': { type: 'string' },
    fresh: { type: 'boolean', default: false },
    drop: { type: 'boolean', default: false },
    'load-only': { type: 'boolean', default: false },
    // The baseline prepares its statements as the API does (the fair limit); this sends them unprepared instead.
    'baseline-unprepared': { type: 'boolean', default: false },
    // The baseline is the stack alone instead (stack-server.ts, get by id only): what the API adds to Hono, zod-openapi
    // and @hono/node-server.
    'stack-baseline': { type: 'boolean', default: false },
    // Counts every request against the API's rate limits (quotas never reached): their cost.
    'rate-limits': { type: 'boolean', default: false },
    // As `npm start` runs the server (package.json).
    'app-node-options': { type: 'string', default: '--max-semi-space-size=8' },
    'scale-rows': { type: 'string', default: '10000' },
  },
});

const rows = Number(args.rows);
const tenants = Number(args.tenants);
const seconds = Number(args.seconds);
const rounds = Number(args.rounds);
const sideBySideSeconds = seconds;
const warmup = Number(args.warmup ?? Math.min(2, seconds));
const connections = Number(args.connections);
const poolMax = Number(args.pool);
const scaleRows = Number(args['scale-rows']);
const only = args.only?.split(',');
if (args.publish && args.out) throw new Error('--publish writes to bench/ and README.md: leave out --out');
if (args['stack-baseline'] && (args.publish || only?.join() !== 'get')) {
  throw new Error(
    '--stack-baseline serves get by id only, and is not the headline: use it with --only get, not --publish',
  );
}
const out = args.publish ? join(ROOT, 'bench') : benchPath(args.out, '.data/bench-results');
const dataDir = benchPath(args['data-dir'], '.data/bench');
const secret = 'bench-secret-that-is-long-enough-for-hs256-0123456789';
/** As `npm start` and the Dockerfile run the API (docs/performance.md, Memory). */
const APP_MALLOC_ARENA_MAX = '2';
const log = (line: string) => process.stderr.write(`${line}\n`);

const loadBefore = loadavg();
const db = await openBenchDatabase({
  serverUrl: args['database-url'],
  // One database per size, so a quick run does not throw away the million-row load.
  name: args.database ?? `reten_bench_${rows}`,
  dataDir,
  plan: { rows, tenants },
  fresh: args.fresh,
  log,
});
let stop = async () => {};
try {
  if (!args['load-only']) await benchmark();
} finally {
  await stop();
  await db.close({ drop: args.drop });
}

async function benchmark() {
  const fixtures = await loadFixtures(db.client, db.tenantIds, secret);
  const env = {
    DATABASE_URL: db.url,
    DB_POOL_MAX: String(poolMax),
    JWT_SECRET: secret,
    LOG_LEVEL: args['log-level'],
    NODE_ENV: 'production',
    CREDENTIALS_KEY: Buffer.alloc(32, 7).toString('base64'),
    DISPATCH_IN_PROCESS: 'false',
    // The load comes from one principal per tenant at thousands of requests a second: the API's rate limits
    // (on by default) are off unless --rate-limits, then counted with quotas no run reaches; the report says which.
    RATE_LIMITS: args['rate-limits'] ? 'on' : 'off',
    RATE_LIMIT_TENANT_PER_MINUTE: String(1e9),
    RATE_LIMIT_PRINCIPAL_PER_MINUTE: String(1e9),
    HOST: '127.0.0.1',
    PORT: '0',
    BASELINE_PREPARED: String(!args['baseline-unprepared']),
  };
  const startApp = (databaseUrl: string) =>
    startServer(join(import.meta.dirname, 'app-server.ts'), {
      ...env,
      DATABASE_URL: databaseUrl,
      NODE_OPTIONS: args['app-node-options'],
      MALLOC_ARENA_MAX: APP_MALLOC_ARENA_MAX,
    });
  const started = await Promise.allSettled([
    startApp(db.url),
    startServer(join(import.meta.dirname, args['stack-baseline'] ? 'stack-server.ts' : 'baseline-server.ts'), env),
  ]);
  stop = async () => {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
  };
  const [app, baseline] = started.map((s) => {
    if (s.status === 'rejected') throw s.reason;
    return s.value;
  }) as [BenchServer, BenchServer];

  const operations: OperationResult[] = [];
  const runId = Date.now().toString(36);
  const appScenarios = scenarios(fixtures, `${runId}-api`, db.commercesPerTenant);
  const baselineScenarios = scenarios(fixtures, `${runId}-base`, db.commercesPerTenant);
  for (const [i, scenario] of appScenarios.entries()) {
    if (only && !only.includes(scenario.id)) continue;
    const sides = [
      { name: `${scenario.label}: API`, server: app, scenario },
      { name: `${scenario.label}: baseline`, server: baseline, scenario: baselineScenarios[i]! },
    ] as const;
    const [appResult, baseResult] = await measurePair(
      ...sides,
      { seconds, warmup, connections, rounds },
      db.checkpoint,
      log,
    );
    // A third of the slower server's own rate each: together two thirds of what one of them handles alone.
    const rate = Math.max(1, Math.floor(Math.min(appResult.rps, baseResult.rps) / 3));
    log(`${scenario.label}: API and baseline side by side, ${rate} req/s each`);
    const [appTail, baseTail] = await measureSideBySide(...sides, { seconds: sideBySideSeconds, connections, rate });
    const op: OperationResult = {
      id: scenario.id,
      label: scenario.label,
      target: scenario.target,
      app: appResult,
      baseline: baseResult,
      ratio: appResult.rps / Math.max(baseResult.rps, 1e-9),
      sideBySide: { rate, app: appTail, baseline: baseTail },
      p99Ratio: appTail.p99 / Math.max(baseTail.p99, 1e-9),
    };
    operations.push(op);
    const errors = { app: appResult.errors + appTail.errors, baseline: baseResult.errors + baseTail.errors };
    log(
      `  API ${appResult.rps.toFixed(0)} req/s, baseline ${baseResult.rps.toFixed(0)} req/s: ${op.ratio.toFixed(2)}x; ` +
        `side by side p99 ${appTail.p99.toFixed(1)} / ${baseTail.p99.toFixed(1)} ms: ${op.p99Ratio.toFixed(2)}` +
        (errors.app + errors.baseline ? ` errors ${errors.app}/${errors.baseline}` : ''),
    );
    for (const [who, m] of [
      ['API', appResult],
      ['baseline', baseResult],
      ['API side by side', appTail],
      ['baseline side by side', baseTail],
    ] as const) {
      if (m.firstError) log(`  first ${who} error: ${m.firstError.slice(0, 300)}`);
    }
  }
  let scale: ScaleResult[] = [];
  if (scaleRows > 0 && scaleRows < rows) {
    // The small database is loaded fresh (and vacuumed); the big one gets a vacuum after the writes just measured
    // (result submissions rewrite indexed rows), so the check compares sizes, not dead row versions.
    await db.vacuum();
    scale = await measureScale(app, startApp, fixtures, runId);
  }
  await stop();
  stop = async () => {};

  const run: Run = {
    date: new Date().toISOString(),
    rows: db.rows,
    tenants,
    seconds,
    rounds,
    sideBySideSeconds,
    connections,
    poolMax,
    logLevel: args['log-level'],
    baselinePrepared: !args['baseline-unprepared'],
    stackBaseline: args['stack-baseline'],
    rateLimits: args['rate-limits'],
    appNodeOptions: args['app-node-options'],
    appMallocArenaMax: APP_MALLOC_ARENA_MAX,
    loadSeconds: db.loadSeconds,
    machine: {
      cpus: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      os: `Linux ${release()}`,
      node: process.versions.node,
      postgres: db.postgresVersion,
    },
    loadAverage: { before: loadBefore, after: loadavg() },
    countsExact: await db.countsExact(),
    operations,
    scale,
  };
  await mkdir(out, { recursive: true });
  const file = join(out, 'results.json');
  const results: Results = { latest: run };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(out, 'chart.svg'), chartSvg(run));
  if (args.publish) await updateReadme(join(ROOT, 'README.md'), summary(run));
  const scaleLines = scaleTable(run);
  const wrote = args.publish
    ? `${file}, ${join(out, 'chart.svg')} and README.md's Performance table`
    : `${file} and ${join(out, 'chart.svg')} (--publish writes bench/ and README.md instead)`;
  console.log(`\n${markdownTable(run)}\n${scaleLines ? `\n${scaleLines}\n` : ''}\nWrote ${wrote}`);
}

/**
 * Cost does not grow with the table: get by id and the filtered list on the API at this size and on a
 * small database (`--scale-rows`, freshly loaded the same way on the same server), in alternating rounds
 * so that the machine's state is the same for both.
 */
async function measureScale(
  large: BenchServer,
  startApp: (databaseUrl: string) => Promise<BenchServer>,
  largeFixtures: Awaited<ReturnType<typeof loadFixtures>>,
  runId: string,
): Promise<ScaleResult[]> {
  const smallDb = await openBenchDatabase({
    serverUrl: db.serverUrl,
    name: args.database ? `${args.database}_scale` : `reten_bench_${scaleRows}`,
    dataDir,
    plan: { rows: scaleRows, tenants },
    // Reloaded every time (seconds at this size): earlier runs' result submissions leave few READY or
    // DISPATCHED tasks in a small table, and emptier pages would flatter it.
    fresh: true,
    log,
  });
  const small = await startApp(smallDb.url).catch(async (err) => {
    await smallDb.close({ drop: args.drop });
    throw err;
  });
  try {
    const smallFixtures = await loadFixtures(smallDb.client, smallDb.tenantIds, secret);
    const onLarge = scenarios(largeFixtures, `${runId}-scale`, db.commercesPerTenant);
    const onSmall = scenarios(smallFixtures, `${runId}-scale`, smallDb.commercesPerTenant);
    const results: ScaleResult[] = [];
    for (const id of ['get', 'list-filtered']) {
      if (only && !only.includes(id)) continue;
      const largeScenario = onLarge.find((s) => s.id === id)!;
      const [smallResult, largeResult] = await measurePair(
        {
          name: `${largeScenario.label}: API at ${scaleRows.toLocaleString('en')} rows`,
          server: small,
          scenario: onSmall.find((s) => s.id === id)!,
        },
        {
          name: `${largeScenario.label}: API at ${rows.toLocaleString('en')} rows`,
          server: large,
          scenario: largeScenario,
        },
        { seconds, warmup, connections, rounds },
        db.checkpoint,
        log,
      );
      const ratio = largeResult.rps / Math.max(smallResult.rps, 1e-9);
      log(`  ${largeResult.rps.toFixed(0)} against ${smallResult.rps.toFixed(0)} req/s: ${ratio.toFixed(2)}x`);
      results.push({
        id,
        label: largeScenario.label,
        target: 0.8,
        scaleRows,
        large: largeResult,
        small: smallResult,
        ratio,
      });
    }
    return results;
  } finally {
    await small.stop();
    await smallDb.close({ drop: args.drop });
  }
}

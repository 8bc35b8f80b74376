/**
 * `node scripts/bench/explain.ts [--rows 1000000]`: EXPLAIN (ANALYZE, BUFFERS) of every hot read on the
 * bench database of that size (loaded by `npm run bench`), in the generic plan the API's prepared
 * statement gets, as markdown for docs/performance.md. Also explains the count(*) the counters
 * replace, to show what they save.
 */
import { parseArgs } from 'node:util';
import { connectionSettings } from '../../src/db/orm.ts';
import { openBenchDatabase } from './database.ts';
import { commerceName } from './load.ts';
import { FIND_ACTIVITY, listQueries } from './queries.ts';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    tenants: { type: 'string', default: '10' },
    'data-dir': { type: 'string', default: '.data/bench' },
    'database-url': { type: 'string' },
  },
});
const rows = Number(args.rows);
const db = await openBenchDatabase({
  serverUrl: args['database-url'],
  name: `reten_bench_${rows}`,
  dataDir: args['data-dir'],
  plan: { rows, tenants: Number(args.tenants) },
  fresh: false,
  log: (line) => process.stderr.write(`${line}\n`),
});
try {
  const tenant = db.tenantIds[3]!;
  const { rows: sample } = await db.client.query<{ id: string }>(
    'select id from activity where tenant_id = $1 order by md5(id::text) limit 1',
    [tenant],
  );
  const search = commerceName(117).split(' ').slice(1).join(' ');
  const filtered = listQueries(tenant, { status: 'READY', type: 'TASK' }, 25, 0);
  const wide = listQueries(tenant, {}, 25, 75);
  const searched = listQueries(tenant, { search }, 25, 0);
  const queries: [string, { text: string; values: unknown[] }][] = [
    ['get by id', { text: FIND_ACTIVITY, values: [tenant, sample[0]!.id] }],
    ['list by status and type: page', filtered.page],
    ['list by status and type: total (counters)', filtered.count],
    [
      'list by status and type: total by count(*), replaced',
      {
        text: 'select count(*) from activity where tenant_id = $1 and status = $2 and type = $3',
        values: [tenant, 'READY', 'TASK'],
      },
    ],
    ['tenant-wide list: page 4', wide.page],
    ['tenant-wide list: total (counters)', wide.count],
    [
      'tenant-wide list: total by count(*), replaced',
      { text: 'select count(*) from activity where tenant_id = $1', values: [tenant] },
    ],
    [`list with search "${search}": page`, searched.page],
    [`list with search "${search}": total`, searched.count],
  ];
  console.log(`Plans at ${rows.toLocaleString('en')} activities (${args.tenants} tenants), warm cache.\n`);
  // The plans the API runs: prepared, with the settings of its connections (src/db/orm.ts).
  for (const [name, value] of Object.entries(connectionSettings)) await db.client.query(`set ${name} = ${value}`);
  for (const [i, [label, query]] of queries.entries()) {
    await db.client.query(`prepare q${i} as ${query.text}`);
    const execute = `execute q${i}(${query.values.map((v) => db.client.escapeLiteral(String(v))).join(', ')})`;
    await db.client.query(execute); // warm
    const { rows: plan } = await db.client.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers, costs off) ${execute}`,
    );
    console.log(`### ${label}\n\n\`\`\`\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`);
  }
} finally {
  await db.close({ drop: false });
}

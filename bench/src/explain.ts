/**
 * `npm run explain -w bench -- [--rows 1000000]`: EXPLAIN (ANALYZE, BUFFERS) of every hot read on the
 * bench database of that size (loaded by `npm run bench`), in the generic plan the API's prepared
 * statement gets, as markdown for docs/performance.md. Also explains the count(*) the counters
 * replace, to show what they save. The statements are the API's own, as its query functions send them.
 */
import { parseArgs } from 'node:util';
import { commerceName } from '../../scripts/dataset.ts';
import { connectionSettings } from '../../src/db/orm.ts';
import type { Rows, TenantRows } from '../../src/db/sql.ts';
import { findActivity, listActivities } from '../../src/modules/activities/activities.queries.ts';
import { openBenchDatabase } from './database.ts';
import { benchPath } from './paths.ts';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    tenants: { type: 'string', default: '10' },
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const rows = Number(args.rows);

interface Statement {
  text: string;
  values: unknown[];
}

const db = await openBenchDatabase({
  serverUrl: args['database-url'],
  name: `reten_bench_${rows}`,
  dataDir: benchPath(args['data-dir'], '.data/bench'),
  plan: { rows, tenants: Number(args.tenants) },
  fresh: false,
  log: (line) => process.stderr.write(`${line}\n`),
});
try {
  const tenant = db.tenantIds[3]!;
  /** The statements an API query function sends for this tenant, in order (run here, so that it goes on). */
  const sent = async (query: (q: TenantRows) => Promise<unknown>) => {
    const statements: Statement[] = [];
    const sql: Rows = {
      async rows(text, values) {
        statements.push({ text, values });
        return (await db.client.query(text, values)).rows;
      },
    };
    await query({ sql, tenantId: tenant });
    return statements;
  };
  const { rows: sample } = await db.client.query<{ id: string }>(
    'select id from activity where tenant_id = $1 order by md5(id::text) limit 1',
    [tenant],
  );
  const search = commerceName(117).split(' ').slice(1).join(' ');
  const [get] = await sent((q) => findActivity(q, sample[0]!.id));
  const [filteredPage, filteredCount] = await sent((q) =>
    listActivities(q, { page: 1, status: 'READY', type: 'TASK' }, { page: 1, limit: 25, offset: 0 }),
  );
  const [widePage, wideCount] = await sent((q) => listActivities(q, { page: 4 }, { page: 4, limit: 25, offset: 75 }));
  const [searchedPage, searchedCount] = await sent((q) =>
    listActivities(q, { page: 1, search }, { page: 1, limit: 25, offset: 0 }),
  );
  const queries: [string, Statement][] = [
    ['get by id', get!],
    ['list by status and type: page', filteredPage!],
    ['list by status and type: total (counters)', filteredCount!],
    [
      'list by status and type: total by count(*), replaced',
      {
        text: 'select count(*) from activity where tenant_id = $1 and status = $2 and type = $3',
        values: [tenant, 'READY', 'TASK'],
      },
    ],
    ['tenant-wide list: page 4', widePage!],
    ['tenant-wide list: total (counters)', wideCount!],
    [
      'tenant-wide list: total by count(*), replaced',
      { text: 'select count(*) from activity where tenant_id = $1', values: [tenant] },
    ],
    [`list with search "${search}": page`, searchedPage!],
    [`list with search "${search}": total`, searchedCount!],
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

// Search cost cannot explode: on tables PostgreSQL has never analyzed (right after a deploy or a bulk load),
// with the longest term, the plan reads each row once; and a term cannot smuggle LIKE wildcards.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appConnectionOptions, createOrm, migrate } from '../src/db/orm.ts';
import { createSql, ormSqlOptions, refreshStaleStatistics } from '../src/db/sql.ts';
import { listActivities } from '../src/modules/activities/activities.queries.ts';
import { freshDatabase, prepareDatabase } from './databases.ts';
import { seedCommerce } from './factories.ts';
import { actor, setupApp, type TestContext } from './harness.ts';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Loops': number;
  Filter?: string;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

describe('search on tables never analyzed', () => {
  const tenantId = '0195b4a0-0000-7000-8000-00000000ce00';
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let client: pg.Client;

  beforeAll(async () => {
    database = await freshDatabase(inject('databaseUrl'), 'reten_search');
    await prepareDatabase(database.url);
    // As the app's connections run: generic plans for prepared statements, no Memoize; the owner's here (the
    // data below is written straight in), the app role's where the statements run.
    const { options } = appConnectionOptions({});
    client = new pg.Client({ connectionString: database.url, options: `${options} -c statement_timeout=20000` });
    await client.connect();
    for (const table of ['activity', 'commerce'])
      await client.query(`alter table ${table} set (autovacuum_enabled = false)`);
    await client.query(
      `insert into tenant (id, name, slug, created_at, updated_at) values ($1, 't', 't', now(), now())`,
      [tenantId],
    );
    // The shape that ran for minutes: 800 commerces, 200 activities.
    await client.query(
      `insert into commerce (id, tenant_id, external_id, name, is_active, is_placeholder, metadata, created_at, updated_at)
       select gen_random_uuid(), $1, 'ext-' || i, 'Almacén número ' || i, true, false, '{}', now(), now()
       from generate_series(1, 800) i`,
      [tenantId],
    );
    await client.query(
      `insert into activity (id, tenant_id, type, channel, status, reason, idempotency_key, scheduled_at, commerce_id,
         dispatch_attempt_count, created_at, updated_at)
       select gen_random_uuid(), $1, 'MESSAGE', 'WHATSAPP', 'READY', 'Promoción mensual ' || i, 'key-' || i, now(),
         (select id from commerce order by id offset (i % 800) limit 1), 0, now(), now()
       from generate_series(1, 200) i`,
      [tenantId],
    );
    const { rows } = await client.query(
      `select count(*)::int as analyzed from pg_stat_user_tables
       where relname in ('activity', 'commerce') and (last_analyze is not null or last_autoanalyze is not null)`,
    );
    expect(rows[0].analyzed).toBe(0);
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  /** The plan of `text` executed with `values` (prepared, as the app runs it), as a flat list of nodes. */
  async function planOf(name: string, text: string, values: unknown[]) {
    await client.query(`prepare ${name} as ${text}`);
    const literals = values.map((v) => (typeof v === 'number' ? String(v) : `'${String(v)}'`)).join(', ');
    const started = performance.now();
    const { rows } = await client.query(`explain (analyze, format json) execute ${name}(${literals})`);
    expect(performance.now() - started).toBeLessThan(2_000);
    return nodesOf((rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan);
  }

  const folds = (node: PlanNode) =>
    [node.Filter, node['Index Cond'], node['Recheck Cond']].some((cond) => cond?.includes('reten_fold'));

  it.each([
    ['a 200-character term', 'zy'.repeat(100)],
    ['a two-letter term', 'zz'],
  ])('with %s, the matching folds each row it reads once, through indexes', async (_, term) => {
    // The search functions' own statements (Migration20261130030000_search_in_session_tenant), as they run.
    const { rows } = await client.query<{ name: string; body: string }>(
      `select proname as name, prosrc as body from pg_proc where proname like 'reten_search_%_ids'`,
    );
    expect(rows.map((r) => r.name).sort()).toEqual(['reten_search_activity_ids', 'reten_search_commerce_ids']);
    // They match in the transaction's tenant, as the policies read it.
    await client.query(`select set_config('app.tenant_id', $1, false)`, [tenantId]);
    for (const { name, body } of rows) {
      const nodes = await planOf(`${name}_${term.length}`, body, [term]);
      const folding = nodes.filter(folds);
      expect(folding.length, name).toBeGreaterThan(0);
      // Folding once per row read: no node that folds runs again for each row of another.
      for (const node of folding) expect(node['Actual Loops'], `${name}: ${node['Node Type']}`).toBe(1);
      // Every table is reached through an index, never a scan of the whole table.
      expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).toEqual([]);
    }
  });

  it('the page and the total fold nothing themselves, and read by index', async () => {
    const statements: { text: string; values: unknown[] }[] = [];
    const capture = {
      rows: async (text: string, values: unknown[]) => {
        statements.push({ text, values });
        return [];
      },
    };
    await listActivities({ sql: capture, tenantId }, { search: 'zz', page: 1 }, { page: 1, limit: 25, offset: 0 });
    expect(statements).toHaveLength(2);
    for (const [i, { text, values }] of statements.entries()) {
      const nodes = await planOf(`outer_${i}`, text, values);
      expect(nodes.filter(folds)).toEqual([]);
      expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).toEqual([]);
    }
  });
});

describe('statistics after a first load', () => {
  it('are gathered again for tables whose rows mostly changed since, and only for those', async () => {
    const database = await freshDatabase(inject('databaseUrl'), 'reten_stats');
    const orm = await createOrm({ url: database.url, poolMax: 1 });
    try {
      await migrate(orm);
      const sql = createSql(ormSqlOptions(orm.em.getConnection()));
      // As after a deploy: analyzed while empty, then loaded.
      await sql.rows('analyze commerce, route', []);
      const analyzedAt = async () =>
        Object.fromEntries(
          (
            await sql.rows<{ relname: string; at: string }>(
              `select relname, last_analyze::text as at from pg_stat_user_tables where relname in ('commerce', 'route')`,
              [],
            )
          ).map((r) => [r.relname, r.at]),
        );
      const before = await analyzedAt();
      const tenantId = '0195b4a0-0000-7000-8000-00000000ce01';
      await sql.rows(
        `insert into tenant (id, name, slug, created_at, updated_at) values ($1, 't', 't', now(), now())`,
        [tenantId],
      );
      await sql.rows(
        `insert into commerce (id, tenant_id, external_id, name, is_active, is_placeholder, metadata, created_at, updated_at)
         select gen_random_uuid(), $1, 'ext-' || i, 'Shop ' || i, true, false, '{}', now(), now()
         from generate_series(1, 600) i`,
        [tenantId],
      );
      await expect
        .poll(
          async () =>
            (
              await sql.rows<{ n: number }>(
                `select n_mod_since_analyze::int as n from pg_stat_user_tables where relname = 'commerce'`,
                [],
              )
            )[0]?.n,
        )
        .toBe(600);
      await refreshStaleStatistics(sql, ['commerce', 'route']);
      const after = await analyzedAt();
      expect(after.commerce).not.toBe(before.commerce);
      expect(after.route).toBe(before.route);
    } finally {
      await orm.close();
      await database.drop();
    }
  });
});

describe('search terms are literal', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await setupApp();
  });
  afterAll(() => ctx.close());

  // Each term, and the character it folds to (`unaccent` maps the full-width forms to the ASCII wildcards).
  it.each([
    ['％', '%'],
    ['＿', '_'],
    ['%', '%'],
    ['_', '_'],
    ['\\', '\\'],
  ])('"%s" matches only what contains it, not everything', async (term, folded) => {
    const admin = await actor(ctx);
    const commerce = await seedCommerce(ctx, admin.tenantId);
    for (const reason of ['Monthly visit', `Visit 100${folded} off`]) {
      await admin.api.POST('/api/activities', {
        body: {
          type: 'MESSAGE',
          reason,
          channel: 'WHATSAPP',
          commerce_id: commerce.id,
          idempotency_key: `literal-${crypto.randomUUID()}`,
          scheduled_at: '2025-01-16T09:00:00.000Z',
        },
      });
    }
    const found = await admin.api.GET('/api/activities', { params: { query: { search: term } } });
    expect(found.data!.data.map((a) => a.reason)).toEqual([`Visit 100${folded} off`]);
  });
});

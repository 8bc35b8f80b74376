// The second lock on tenancy: the server's connections run as a role that row-level security restricts,
// so a statement that forgets its tenant predicate sees only the tenant its connection acts for.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PlatformContext, TenantContext } from '../src/context.ts';
import { APP_ROLE, appConnectionOptions } from '../src/db/orm.ts';
import { createSql } from '../src/db/sql.ts';
import { ActivityEntity } from '../src/modules/activities/activity.entity.ts';
import { seedCommerce } from './factories.ts';
import { actor, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
const tenants: { id: string; activityId: string }[] = [];

beforeAll(async () => {
  ctx = await setupApp();
  for (const name of ['a', 'b']) {
    const who = await actor(ctx);
    const commerce = await seedCommerce(ctx, who.tenantId);
    const created = await who.api.POST('/api/activities', {
      body: {
        type: 'MESSAGE',
        reason: `Tenant ${name}`,
        channel: 'WHATSAPP',
        commerce_id: commerce.id,
        idempotency_key: `rls-${name}`,
        scheduled_at: '2025-01-16T09:00:00.000Z',
      },
    });
    tenants.push({ id: who.tenantId, activityId: created.data!.id });
  }
});
afterAll(() => ctx.close());

const owner = <T>(text: string, params: unknown[] = []) => ctx.owner.em.getConnection().execute<T[]>(text, params);

describe('the server role', () => {
  it('is what the app connects as: not a superuser, no BYPASSRLS, owner of no table', async () => {
    expect(await ctx.source.sql.rows('select current_user as role', [])).toEqual([{ role: 'reten_app' }]);
    expect(
      await owner(`select rolsuper as super, rolbypassrls as bypass from pg_roles where rolname = 'reten_app'`),
    ).toEqual([{ super: false, bypass: false }]);
    expect(
      await owner(`select tablename from pg_tables where schemaname = 'public' and tableowner = 'reten_app'`),
    ).toEqual([]);
  });

  it('every table with a tenant_id has row-level security and the tenant policy', async () => {
    const rows = await owner<{ table: string; rls: boolean; policy: string | null }>(
      `select c.relname as table, c.relrowsecurity as rls, p.policyname as policy
       from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
       left join pg_policies p on p.tablename = c.relname and p.policyname = 'tenant_isolation'
       where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace order by 1`,
    );
    expect(rows).toHaveLength(19);
    for (const row of rows) expect(row, row.table).toMatchObject({ rls: true, policy: 'tenant_isolation' });
  });
});

describe('a statement without its tenant predicate', () => {
  it("reads only its own tenant's rows, and nothing of another's", async () => {
    const [a, b] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    const asA = ctx.source.sql.forTenant(a.id);
    const everything = await asA.rows<{ tenant_id: string }>('select distinct tenant_id from activity', []);
    expect(everything).toEqual([{ tenant_id: a.id }]);
    expect(await asA.rows('select id from activity where id = $1', [b.activityId])).toEqual([]);
    expect(await asA.rows('select id from activity_status_event where activity_id = $1', [b.activityId])).toEqual([]);
  });

  it('reads nothing at all when the connection acts for no tenant', async () => {
    expect(await ctx.source.sql.rows('select count(*)::int as n from activity', [])).toEqual([{ n: 0 }]);
    const platform = new PlatformContext(ctx.source);
    expect(await platform.em.find(ActivityEntity, {}, { filters: false })).toEqual([]);
  });

  it("cannot write another tenant's rows", async () => {
    const [a, b] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    const asA = ctx.source.sql.forTenant(a.id);
    expect(await asA.rows('update activity set reason = $2 where id = $1 returning id', [b.activityId, 'x'])).toEqual(
      [],
    );
    await expect(
      asA.transaction((tx) => tx.rows('update activity set tenant_id = $2 where id = $1', [a.activityId, b.id])),
    ).rejects.toThrow(/row-level security/);
  });

  it('nor through the search functions, which run as the owner but match only in the connection tenant', async () => {
    const [a, b] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    const search = 'select reten_search_activity_ids($1) as id';
    // Both activities' reasons start with "Tenant"; A sees its own only, and nobody sees any without a tenant.
    expect(await ctx.source.sql.forTenant(a.id).rows(search, ['Tenant'])).toEqual([{ id: a.activityId }]);
    expect(await ctx.source.sql.forTenant(b.id).rows(search, ['Tenant'])).toEqual([{ id: b.activityId }]);
    expect(await ctx.source.sql.rows(search, ['Tenant'])).toEqual([]);
  });

  it('through the ORM too, even with the tenant filter switched off', async () => {
    const [a, b] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    const em = new TenantContext(ctx.source, a.id).em;
    const all = await em.find(ActivityEntity, {}, { filters: false });
    expect(all.map((x) => x.id)).toEqual([a.activityId]);
    expect(await em.findOne(ActivityEntity, { id: b.activityId }, { filters: false })).toBeNull();
  });
});

describe('one connection switching tenants', () => {
  // One connection as the app's are set up, so every read that changes tenant switches it.
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({
      connectionString: inject('databaseUrl'),
      max: 1,
      ...appConnectionOptions({ role: APP_ROLE }),
    });
  });
  afterAll(() => pool.end());
  const sqlOn = (prepared: boolean) => createSql({ pool: async () => pool, prepared });
  const actingFor = async () => {
    const client = await pool.connect();
    try {
      return (await client.query(`select current_setting('app.tenant_id', true) as tenant`)).rows[0].tenant;
    } finally {
      client.release();
    }
  };

  it.each([true, false])('answers each read with its own tenant only (prepared statements: %s)', async (prepared) => {
    const [a, b] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    const sql = sqlOn(prepared);
    for (const who of [a, b, b, a, b]) {
      const other = who === a ? b : a;
      const seen = await sql.forTenant(who.id).rows('select distinct tenant_id from activity', []);
      expect(seen).toEqual([{ tenant_id: who.id }]);
      // The switch's own answer is not among the rows: a read that matches nothing gives nothing.
      await sql.forTenant(other.id).rows('select 1', []);
      expect(await sql.forTenant(who.id).rows('select id from activity where id = $1', [other.activityId])).toEqual([]);
    }
    expect(await sql.rows('select count(*)::int as n from activity', [])).toEqual([{ n: 0 }]);
  });

  it('undoes the switch when the statement behind it fails: both run in one transaction', async () => {
    const [a, b] = tenants as [(typeof tenants)[0], (typeof tenants)[0]];
    const sql = sqlOn(true);
    await sql.forTenant(a.id).rows('select 1', []);
    expect(await actingFor()).toBe(a.id);
    await expect(sql.forTenant(b.id).rows('select 1 / 0', [])).rejects.toThrow(/division by zero/);
    expect(await actingFor()).toBe(a.id);
    expect(await sql.forTenant(b.id).rows('select distinct tenant_id from activity', [])).toEqual([
      { tenant_id: b.id },
    ]);
    expect(await actingFor()).toBe(b.id);
  });
});

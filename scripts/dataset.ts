// A realistic dataset generated inside PostgreSQL: the benchmark's load (bench/) and the demo data of
// `npm run seed`. It writes as the tables' owner, across tenants: tooling beside the server, not part of it.
import type pg from 'pg';
import { progressBar } from './progress.ts';

export interface LoadOptions {
  /** The tenants, created when missing: the n-th (from 1) is named `${name} tenant n`, with slug `${slug}-n`. */
  tenantIds: string[];
  name: string;
  slug: string;
  /** Activities each tenant ends with: those it has are kept, the missing ones are added. */
  perTenant: number;
  /**
   * For an empty database of its own (the benchmark): the secondary indexes are dropped and the activity
   * triggers are off during the load, and both are rebuilt once after it, far quicker than row-by-row upkeep.
   * Without it the database stays usable throughout, by a server running on it too.
   */
  bulk: boolean;
  log: (line: string) => void;
}

/** For each tenant, in order: the activities it had and those added. */
export type LoadResult = { id: string; had: number; added: number }[];

/** Reference data sizes per tenant, scaled so each commerce has about 50 activities. */
export function shape(perTenant: number) {
  return { commerces: Math.max(20, Math.ceil(perTenant / 50)), routes: 20, operators: 50 };
}

// Reference ids are derived from (kind, tenant id, number), so a later run finds the rows an earlier one made,
// and the activities reference them without passing lists around.
const ID = (kind: string, tenant: string, k: string) =>
  `(substr(md5('${kind}-' || ${tenant} || '-' || ${k}), 1, 8) || '-' || substr(md5('${kind}-' || ${tenant} || '-' || ${k}), 9, 4) || '-4' || substr(md5('${kind}-' || ${tenant} || '-' || ${k}), 14, 3) || '-8' || substr(md5('${kind}-' || ${tenant} || '-' || ${k}), 18, 3) || '-' || substr(md5('${kind}-' || ${tenant} || '-' || ${k}), 21, 12))::uuid`;

export const SHOPS = ['Almacén', 'Minimarket', 'Botillería', 'Panadería', 'Farmacia', 'Ferretería', 'Kiosco', 'Bazar'];
export const SURNAMES = ['Pérez', 'González', 'Muñoz', 'Rojas', 'Díaz', 'Soto', 'Contreras', 'Silva', 'Núñez', 'Peña'];
const REASONS = [
  'Promoción mensual',
  'Visita de reposición',
  'Recuperación de cliente',
  'Lanzamiento de producto',
  'Cobranza pendiente',
  'Encuesta de satisfacción',
  'Activación de punto de venta',
  'Capacitación de vendedores',
  'Monthly promotion',
  'Stock check',
  'Price list update',
  'Reactivación',
];

const sqlArray = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;

/** A commerce's name and external id, as the loader writes them (also used to build search terms). */
export function commerceName(k: number) {
  return `${SHOPS[k % SHOPS.length]} ${SURNAMES[Math.floor(k / SHOPS.length) % SURNAMES.length]} ${k}`;
}

/**
 * Time-ordered UUIDs like the application's UUIDv7, so primary keys grow at the right edge. A temporary
 * function: it leaves nothing behind in the database.
 */
const UUID_FUNCTION = `create or replace function pg_temp.dataset_uuid(ts timestamptz) returns uuid language sql volatile as $$
  select (lpad(to_hex(floor(extract(epoch from ts) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3)
    || to_hex(8 + floor(random() * 4)::int) || substr(h, 4, 15))::uuid
  from (select md5(random()::text) as h) r $$`;

/**
 * Brings a migrated database (attribute keys bootstrapped) to `perTenant` activities in each tenant: tenants,
 * commerces, routes and operators where missing, then the missing activities (interleaved over the tenants,
 * created over the past year in id order) with their status events and attributes, generated inside PostgreSQL
 * in batches. Each batch commits on its own, so an interrupted run is topped up by the next one.
 */
export async function loadData(client: pg.ClientBase, options: LoadOptions): Promise<LoadResult> {
  const { tenantIds, perTenant, bulk } = options;
  const { commerces, routes, operators } = shape(perTenant);
  // Two loads at once would both count the same missing activities and add them twice: they take turns.
  await client.query(`select pg_advisory_lock(hashtext('reten-dataset'))`);
  await client.query(`select setseed(0.42)`);
  await client.query(UUID_FUNCTION);
  await addReferenceData(client, options);

  const { rows: counted } = await client.query<{ n: number }>(
    `select (select count(*) from activity a where a.tenant_id = t.id)::int as n
     from unnest($1::uuid[]) with ordinality t(id, i) order by t.i`,
    [tenantIds],
  );
  const had = counted.map((r) => r.n);
  const result = tenantIds.map((id, i) => ({ id, had: had[i]!, added: Math.max(0, perTenant - had[i]!) }));
  const missing = result.reduce((sum, t) => sum + t.added, 0);
  if (missing === 0) return result;

  const dropped = bulk ? await dropSecondaryIndexes(client) : [];
  if (bulk) await client.query('alter table activity disable trigger user');
  // Otherwise this session alone skips the triggers, when it may (a superuser, or one granted SET on the
  // parameter): the counters' upkeep and the foreign-key checks of rows made valid by construction, more than
  // half the time of a load. Each batch then adds its own rows to the counters. Other sessions keep their triggers.
  const quiet =
    !bulk &&
    (await client.query('set session_replication_role = replica').then(
      () => true,
      () => false,
    ));
  // Row g is activity number floor(g / tenants) of tenant g % tenants; rows a tenant has already are skipped.
  const total = perTenant * tenantIds.length;
  const batch = 20_000;
  const sql = batchSql(quiet);
  const bar = progressBar('activities', missing);
  for (let start = Math.min(...had) * tenantIds.length; start < total; start += batch) {
    const { rows } = await client.query<{ n: number }>(sql, [
      tenantIds,
      start,
      Math.min(start + batch, total),
      total,
      had,
    ]);
    bar.tick(rows[0]!.n);
  }
  bar.done();
  if (quiet) await client.query('reset session_replication_role');

  if (bulk) {
    const indexBar = progressBar('indexes', dropped.length);
    await client.query(`set maintenance_work_mem = '512MB'`);
    for (const definition of dropped) {
      await client.query(definition);
      indexBar.tick(1);
    }
    indexBar.done();
    await client.query('alter table activity enable trigger user');
    await client.query('begin');
    await client.query('delete from activity_count');
    await client.query(`insert into activity_count (tenant_id, status, type, channel, slot, n)
      select tenant_id, status, type, channel, 0, count(*) from activity group by 1, 2, 3, 4`);
    await client.query('commit');
  }
  options.log('vacuum analyze (sets the visibility map for index-only scans)');
  await client.query('vacuum analyze');
  return result;

  // One batch of activities with their events and attributes, made inside PostgreSQL.
  function batchSql(countRows: boolean) {
    const tenantCount = tenantIds.length;
    // Without the counter triggers, the batch adds its own rows to the counters.
    const counted = countRows
      ? `, counted as (
  insert into activity_count as c (tenant_id, status, type, channel, slot, n)
  select tenant_id, status, type, channel, 0, count(*) from a group by 1, 2, 3, 4
  on conflict (tenant_id, status, type, channel, slot) do update set n = c.n + excluded.n
)`
      : '';
    return `
with src as (
  select g, g % ${tenantCount} + 1 as ti, g / ${tenantCount} as i, random() as r_type, random() as r_channel,
    random() as r_status, random() as r_when, random() as r_commerce, random() as r_reason, random() as r_score,
    random() as r_route, random() as r_operator, random() as r_attr,
    now() - interval '365 days' + (g::float8 / $4) * interval '365 days' as created_at
  from generate_series($2::int, $3::int - 1) g
  where g / ${tenantCount} >= ($5::int[])[g % ${tenantCount} + 1]
), shaped as (
  select s.*, ($1::uuid[])[s.ti] as tenant_id,
    case when r_type < 0.4 then 'TASK' else 'MESSAGE' end as type,
    case when r_type < 0.4 then (case when r_channel < 0.7 then 'SALESMAN' else 'CALLCENTER' end)
      else (case when r_channel < 0.5 then 'WHATSAPP' when r_channel < 0.7 then 'EMAIL' when r_channel < 0.9 then 'SMS' else 'PUSH' end)
    end as channel,
    case when r_status < 0.25 then 'READY' when r_status < 0.45 then 'DISPATCHED' when r_status < 0.80 then 'COMPLETED'
      when r_status < 0.88 then 'FAILED' when r_status < 0.95 then 'CANCELED' else 'UNRESOLVED' end as status,
    created_at + r_when * interval '30 days' as scheduled_at,
    floor(r_commerce * ${commerces})::int as commerce_k
  from src s
), a as (
  insert into activity (id, tenant_id, type, channel, status, reason, idempotency_key, scheduled_at, suggested_execution_time,
    user_status, score, commerce_id, assignment_reason, assigned_route_id, assigned_operator_id, target_criteria,
    provider_activity_id, dispatch_attempt_count, created_at, updated_at)
  select pg_temp.dataset_uuid(created_at), tenant_id, type, channel, status,
    (${sqlArray(REASONS)})[1 + floor(r_reason * ${REASONS.length})::int],
    'act-' || ti || '-' || i, scheduled_at,
    case when r_score < 0.2 then scheduled_at + interval '1 hour' end,
    case when r_score < 0.3 then (array['at_risk', 'active', 'churned', 'new'])[1 + floor(r_score * 13)::int % 4] end,
    case when r_score < 0.5 then null else floor(r_score * 200 - 100)::int end,
    ${ID('c', 'tenant_id', 'commerce_k')},
    case when r_score > 0.7 then 'Sales dropped 20% month over month' end,
    case when type = 'TASK' then ${ID('r', 'tenant_id', `floor(r_route * ${routes})::int`)} end,
    case when type = 'TASK' then ${ID('o', 'tenant_id', `floor(r_operator * ${operators})::int`)} end,
    null,
    case when type = 'MESSAGE' and status in ('DISPATCHED', 'COMPLETED', 'FAILED') then 'prov-' || ti || '-' || i end,
    case when status in ('DISPATCHED', 'COMPLETED', 'FAILED') then 1 else 0 end,
    created_at,
    case when status = 'READY' then created_at else scheduled_at end
  from shaped
  returning id, tenant_id, status, type, channel, created_at, updated_at
), created as (
  insert into activity_status_event (id, tenant_id, activity_id, event_type, from_status, to_status, forced, occurred_at, created_at, updated_at)
  select pg_temp.dataset_uuid(created_at), tenant_id, id, 'CREATED', null, 'READY', false, created_at, created_at, created_at from a
), changed as (
  insert into activity_status_event (id, tenant_id, activity_id, event_type, from_status, to_status, forced, occurred_at, created_at, updated_at)
  select pg_temp.dataset_uuid(updated_at), tenant_id, id,
    case status when 'DISPATCHED' then 'DISPATCH_SUCCESS' when 'UNRESOLVED' then 'RESOLUTION_FAILED' else status end,
    'READY', status, false, updated_at, updated_at, updated_at
  from a where status <> 'READY'
), info as (
  insert into activity_attribute (id, tenant_id, activity_id, attribute_key_id, value, resolution_status, resolver_type, resolved_at, created_at, updated_at)
  select pg_temp.dataset_uuid(created_at), tenant_id, id, (select id from attribute_key where key = 'commerce_info'),
    '{"name": "Almacén", "taxId": null, "address": null}', 'RESOLVED', 'INTERNAL_SERVICE', created_at, created_at, created_at
  from a where (hashtext(id::text) & 7) < 3
), promotions as (
  insert into activity_attribute (id, tenant_id, activity_id, attribute_key_id, value, resolution_status, resolver_type, resolved_at, created_at, updated_at)
  select pg_temp.dataset_uuid(created_at), tenant_id, id, (select id from attribute_key where key = 'promotions'),
    '[{"sku": "A-1", "discount": 0.1}]', 'RESOLVED', 'CALLER_PROVIDED', created_at, created_at, created_at
  from a where (hashtext(id::text) & 7) = 0
)${counted}
select count(*)::int as n from a`;
  }
}

/** The tenants, and the commerces, routes and operators their activities reference, where missing. */
async function addReferenceData(client: pg.ClientBase, options: LoadOptions) {
  const { commerces, routes, operators } = shape(options.perTenant);
  const { tenantIds } = options;
  const tenants = `$1::uuid[]`;
  await client.query(
    `insert into tenant (id, name, slug, created_at, updated_at)
     select t.id, $2::text || ' tenant ' || t.n, $3::text || '-' || t.n, now(), now() from unnest(${tenants}) with ordinality t(id, n)
     on conflict (id) do nothing`,
    [tenantIds, options.name, options.slug],
  );
  await client.query(
    `insert into commerce (id, tenant_id, external_id, name, tax_id, is_active, is_placeholder, metadata, created_at, updated_at)
     select ${ID('c', 't.id', 'k')}, t.id, 'C-' || t.i || '-' || lpad(k::text, 6, '0'),
       (${sqlArray(SHOPS)})[1 + k % ${SHOPS.length}] || ' ' || (${sqlArray(SURNAMES)})[1 + (k / ${SHOPS.length}) % ${SURNAMES.length}] || ' ' || k,
       null, true, false, '{"promotions": [{"sku": "A-1", "discount": 0.1}]}', now(), now()
     from unnest(${tenants}) with ordinality t(id, i), generate_series(0, ${commerces - 1}) k
     on conflict do nothing`,
    [tenantIds],
  );
  await client.query(
    `insert into route (id, tenant_id, name, external_id, is_active, metadata, created_at, updated_at)
     select ${ID('r', 't.id', 'k')}, t.id, 'Ruta ' || k, 'R-' || k, true, '{}', now(), now()
     from unnest(${tenants}) with ordinality t(id, i), generate_series(0, ${routes - 1}) k
     on conflict do nothing`,
    [tenantIds],
  );
  await client.query(
    `insert into operator (id, tenant_id, type, external_id, name, is_active, is_placeholder, metadata, created_at, updated_at)
     select ${ID('o', 't.id', 'k')}, t.id, 'SALESMAN', 'op-' || k, 'Vendedor ' || k, true, false, '{}', now(), now()
     from unnest(${tenants}) with ordinality t(id, i), generate_series(0, ${operators - 1}) k
     on conflict do nothing`,
    [tenantIds],
  );
}

/** Non-constraint indexes of the bulk-loaded tables: dropped now, their definitions returned. */
async function dropSecondaryIndexes(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = current_schema()
       and i.tablename in ('activity', 'activity_status_event', 'activity_attribute')
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const row of rows) await client.query(`drop index "${row.name}"`);
  return rows.map((r) => r.definition);
}

/** Whether every activity counter (which answers list totals) equals the real count, for every tenant and key. */
export async function countersExact(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ wrong: number }>(
    `select count(*)::int as wrong from (
       select tenant_id, status, type, channel, count(*) as n from activity group by 1, 2, 3, 4
     ) real full join (
       select tenant_id, status, type, channel, sum(n) as n from activity_count group by 1, 2, 3, 4 having sum(n) <> 0
     ) kept using (tenant_id, status, type, channel)
     where real.n is distinct from kept.n`,
  );
  return rows[0]?.wrong === 0;
}

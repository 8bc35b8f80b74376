import type pg from 'pg';
import { commerceName } from '../../scripts/dataset.ts';
import { signToken } from '../../src/auth/tokens.ts';

/** Throughput targets against the prepared baseline (issue 19): reads at least 0.9x, writes at least 0.85x. */
const READ_TARGET = 0.9;
const WRITE_TARGET = 0.85;

/** One benchmarked operation: what the table calls it, its target ratio, and its next request. */
export interface Scenario {
  id: string;
  label: string;
  /** Lowest acceptable req/s ratio to the baseline. */
  target: number;
  next(): { method: string; path: string; headers: Record<string, string>; body?: string };
}

interface TenantFixture {
  id: string;
  headers: Record<string, string>;
  activityIds: string[];
  commerceIds: string[];
  routeIds: string[];
  operatorIds: string[];
  /** TASK activities with their commerce's external id and status, for result submissions. */
  resultTargets: { id: string; commerceExternalId: string; status: string }[];
}

/** Ids sampled from the loaded data, per tenant, and a token per tenant. */
export async function loadFixtures(client: pg.ClientBase, tenantIds: string[], secret: string) {
  const sample = 500;
  const fixtures: TenantFixture[] = [];
  for (const id of tenantIds) {
    const token = await signToken(secret, { subject: 'bench', roles: ['ADMIN'], tenantIds: [id], ttl: '12h' });
    const ids = async (sql: string) => (await client.query<{ id: string }>(sql, [id, sample])).rows.map((r) => r.id);
    const targets = await client.query<{ id: string; external_id: string; status: string }>(
      `select a.id, c.external_id, a.status from activity a join commerce c on c.id = a.commerce_id
       where a.tenant_id = $1 and a.type = 'TASK' and a.idempotency_key like 'act-%' order by a.id limit $2`,
      [id, sample * 4],
    );
    fixtures.push({
      id,
      headers: { authorization: `Bearer ${token}`, 'x-tenant-id': id, 'content-type': 'application/json' },
      // Spread over the whole table, not just the newest rows.
      activityIds: await ids(`select id from activity where tenant_id = $1 order by md5(id::text) limit $2`),
      commerceIds: await ids(`select id from commerce where tenant_id = $1 order by md5(id::text) limit $2`),
      routeIds: await ids(`select id from route where tenant_id = $1 limit $2`),
      operatorIds: await ids(`select id from operator where tenant_id = $1 limit $2`),
      resultTargets: targets.rows.map((r) => ({ id: r.id, commerceExternalId: r.external_id, status: r.status })),
    });
  }
  return fixtures;
}

/**
 * When each result submission happened: strictly increasing across every server's scenarios (they share the
 * targets), so a result is always newer than the one it replaces (the temporal guard). One millisecond apart: above
 * 1,000 submissions a second the sequence runs ahead of the clock, which only its order matters for.
 */
let lastOccurred = 0;
function occurred(): string {
  lastOccurred = Math.max(Date.now(), lastOccurred + 1);
  return new Date(lastOccurred).toISOString();
}

/**
 * The operations, each cycling over the tenants. `run` names the measured server and run, so
 * idempotency keys are unique and both servers get the same kind of work but never the same rows.
 */
export function scenarios(fixtures: TenantFixture[], run: string, commercesPerTenant: number): Scenario[] {
  let n = 0;
  const pick = <T>(list: T[]): T => list[n % list.length]!;
  const tenant = () => fixtures[n++ % fixtures.length]!;
  const when = () => new Date(Date.UTC(2026, 0, 1) + (n % 10_000) * 3_600_000).toISOString();
  const statuses = ['READY', 'DISPATCHED', 'COMPLETED'] as const;
  const types = ['TASK', 'MESSAGE'] as const;
  const attributes = [{ key: 'promotions', value: [{ sku: 'A-1', discount: 0.1 }] }];
  return [
    {
      id: 'get',
      label: 'get by id',
      target: READ_TARGET,
      next() {
        const t = tenant();
        return { method: 'GET', path: `/api/activities/${pick(t.activityIds)}`, headers: t.headers };
      },
    },
    {
      id: 'list-filtered',
      label: 'list by status and type',
      target: READ_TARGET,
      next() {
        const t = tenant();
        const status = statuses[n % statuses.length];
        const type = types[Math.floor(n / 3) % types.length];
        return { method: 'GET', path: `/api/activities?status=${status}&type=${type}&per_page=25`, headers: t.headers };
      },
    },
    {
      id: 'list-search',
      label: 'list with search',
      target: READ_TARGET,
      next() {
        const t = tenant();
        // A shop's surname and number, as someone looking for one shop types it (accents and all).
        const k = (n * 7919) % commercesPerTenant;
        const term = commerceName(k).split(' ').slice(1).join(' ');
        return {
          method: 'GET',
          path: `/api/activities?search=${encodeURIComponent(term)}&per_page=25`,
          headers: t.headers,
        };
      },
    },
    {
      id: 'list-tenant',
      label: 'tenant-wide list',
      target: READ_TARGET,
      next() {
        const t = tenant();
        return { method: 'GET', path: `/api/activities?per_page=25&page=${1 + (n % 4)}`, headers: t.headers };
      },
    },
    {
      id: 'create',
      label: 'create',
      target: WRITE_TARGET,
      next() {
        const t = tenant();
        const body = {
          type: 'MESSAGE',
          reason: 'Promoción mensual',
          channel: 'WHATSAPP',
          commerce_id: pick(t.commerceIds),
          idempotency_key: `bench-run-${run}-${n}`,
          scheduled_at: when(),
          attributes,
        };
        return { method: 'POST', path: '/api/activities', headers: t.headers, body: JSON.stringify(body) };
      },
    },
    {
      id: 'create-task',
      label: 'create task',
      target: WRITE_TARGET,
      next() {
        const t = tenant();
        const body = {
          reason: 'Visita de reposición',
          channel: 'SALESMAN',
          commerce_id: pick(t.commerceIds),
          idempotency_key: `bench-run-${run}-task-${n}`,
          scheduled_at: when(),
          assigned_route_id: pick(t.routeIds),
          assigned_operator_id: pick(t.operatorIds),
          attributes,
        };
        return { method: 'POST', path: '/api/activities/tasks', headers: t.headers, body: JSON.stringify(body) };
      },
    },
    {
      id: 'result',
      label: 'result submission',
      target: WRITE_TARGET,
      next() {
        const t = tenant();
        const target = t.resultTargets[Math.floor(n / fixtures.length) % t.resultTargets.length]!;
        // Forced, and always the other outcome than the last one (the targets are shared by both
        // servers' runs): every submission locks, upserts the result, changes status and adds an event.
        const completed = target.status !== 'COMPLETED';
        target.status = completed ? 'COMPLETED' : 'FAILED';
        const body = {
          activity_id: target.id,
          commerce_external_id: target.commerceExternalId,
          occurred_at: occurred(),
          status: completed ? 'COMPLETED' : 'NOT_EXECUTED',
          hard_override: true,
          task_result: { result: completed ? 'success' : 'closed', comment: 'Bench' },
        };
        return { method: 'POST', path: '/api/activity-results/tasks', headers: t.headers, body: JSON.stringify(body) };
      },
    },
  ];
}

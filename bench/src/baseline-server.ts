/**
 * The baseline: the thinnest node:http + pg server that answers the benchmarked operations with the
 * API's own SQL: it calls the same query functions (`*.queries.ts`, `writeStatusChange`) in the same order
 * as the API's services (activities.service.ts, activity-results.service.ts), so both send identical
 * statements, on the same database, with the same response bodies. What it skips, on purpose, is everything
 * else the API does per request: JWT signature and expiry checks (it only decodes the payload to find the
 * tenants claim), roles and permissions, zod validation of params, query and body, request ids, access logs,
 * problem+json errors, the 405 table, the idempotency-conflict lookup, the NUL check and the attribute
 * resolution machinery (the bench only sends caller-provided attribute values; the reads the API makes for
 * them are made all the same). Tenants are checked against the database once each, then remembered (as the
 * API's cache does).
 *
 * Run as its own process: `node bench/src/baseline-server.ts` with DATABASE_URL, PORT and DB_POOL_MAX in its
 * environment (this file is a bench tool, so it reads them itself).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { loadConfig } from '../../src/config.ts';
import { uuidv7 } from '../../src/db/ids.ts';
import { APP_ROLE, appConnectionOptions, guardPool } from '../../src/db/orm.ts';
import { createSql, type Sql } from '../../src/db/sql.ts';
import { tenantExists } from '../../src/db/tenant-owned.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { activityChangeFor, isNewer } from '../../src/domain/result-sync.ts';
import { pageMeta, toPage } from '../../src/http/pagination.ts';
import { PROBLEM_CODES } from '../../src/http/problem.ts';
import {
  attributeKeyIds,
  findActivity,
  insertActivity,
  insertAttributes,
  insertStatusEvents,
  listActivities,
  loadAssignment,
  lockActivity,
} from '../../src/modules/activities/activities.queries.ts';
import type { ListActivitiesQuery } from '../../src/modules/activities/activities.schemas.ts';
import { type NewActivity, newActivityRow } from '../../src/modules/activities/activities.service.ts';
import type { AttributeOutcome } from '../../src/modules/activities/resolution-engine.ts';
import { statusEvent, writeStatusChange } from '../../src/modules/activities/status.service.ts';
import { activeTargetConfig, attributePolicies } from '../../src/modules/activity-config/activity-config.queries.ts';
import {
  commerceExternalId,
  resultOfActivity,
  saveResult,
} from '../../src/modules/activity-results/activity-results.queries.ts';
import type { CreateTaskResultBody } from '../../src/modules/activity-results/activity-results.schemas.ts';
import { resultFields } from '../../src/modules/activity-results/activity-results.service.ts';

const env = process.env;

/**
 * The API prepares every statement and has PostgreSQL plan each once (src/db/sql.ts, src/db/orm.ts).
 * The baseline does the same with BASELINE_PREPARED=true, the benchmark's default: the fair limit. With
 * `npm run bench -- --baseline-unprepared` it sends every statement unprepared instead. Either way its connections
 * are set up as the API's (planner settings, timeouts, the app role under row-level security), and its
 * statements go through the API's own runner: the same tenant setting, the same transaction prologue.
 */
const config = loadConfig();
const pool = new pg.Pool({
  connectionString: env.DATABASE_URL,
  max: Number(env.DB_POOL_MAX ?? 10),
  ...appConnectionOptions({ timeouts: config.dbTimeouts, role: APP_ROLE }),
});
guardPool(pool, config.dbTimeouts);
const sql = createSql({
  pool: async () => pool,
  prepared: env.BASELINE_PREPARED === 'true',
  timeouts: config.dbTimeouts,
});

/** A request's tenant and the SQL acting for it. */
interface Tenant {
  sql: Sql;
  tenantId: string;
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const knownTenants = new Set<string>();

/** The tenant from `x-tenant-id`, if the token's payload lists it; no signature check (see above). */
async function tenantOf(req: IncomingMessage): Promise<string> {
  const token = req.headers.authorization?.slice(7) ?? '';
  const tenant = String(req.headers['x-tenant-id'] ?? '');
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString() || '{}');
  if (!Array.isArray(payload.tenants) || !payload.tenants.includes(tenant)) throw new HttpError(403, 'tenant');
  if (!knownTenants.has(tenant)) {
    if (!(await tenantExists(sql, tenant))) throw new HttpError(404, 'tenant');
    knownTenants.add(tenant);
  }
  return tenant;
}

/** GET /api/activities: the query string taken as it comes, where the API parses it with zod. */
async function list(tenant: Tenant, params: URLSearchParams) {
  const number = (key: string) => (params.has(key) ? Number(params.get(key)) : undefined);
  const text = (key: string) => params.get(key) ?? undefined;
  const query = {
    page: number('page') ?? 1,
    per_page: number('per_page'),
    limit: number('limit'),
    status: text('status'),
    type: text('type'),
    channel: text('channel'),
    commerce_id: text('commerce_id'),
    scheduled_from: text('scheduled_from'),
    scheduled_to: text('scheduled_to'),
    search: text('search'),
  } as ListActivitiesQuery;
  const page = toPage(query);
  const { data, total } = await listActivities(tenant, query, page);
  return { data, meta: pageMeta(page, total) };
}

/**
 * createActivity with caller-provided attribute values: the API's reads (attribute key ids, assignment,
 * target config, policies), then its transaction of inserts. The bench's tenants have no target config,
 * so no target user is resolved on either side.
 */
async function createActivity(tenant: Tenant, input: NewActivity) {
  const now = new Date();
  const attributes = input.attributes ?? [];
  const keys = attributes.map((a) => a.key);
  const keyIds = await attributeKeyIds(tenant.sql, keys);
  const isTask = 'assigned_route_id' in input;
  const commerce = await loadAssignment(tenant, {
    commerceId: input.commerce_id,
    routeId: isTask ? input.assigned_route_id : undefined,
    operatorId: isTask ? input.assigned_operator_id : undefined,
  });
  await activeTargetConfig(tenant);
  await attributePolicies(tenant, keys);
  const outcomes = attributes.map(
    (a): AttributeOutcome => ({
      key: a.key,
      status: 'RESOLVED',
      value: a.value ?? null,
      resolverType: 'CALLER_PROVIDED',
      resolvedAt: now,
      errorMessage: null,
    }),
  );
  const events = [statusEvent(null, 'READY', 'CREATED', now)];
  const id = uuidv7();
  return tenant.sql.transaction(async (tx) => {
    const q = { sql: tx, tenantId: tenant.tenantId };
    const activity = await insertActivity(q, id, now, newActivityRow(input, commerce.id, 'READY'));
    if (!activity) throw new DomainError('IDEMPOTENCY_KEY_CONFLICT', input.idempotency_key);
    await insertStatusEvents(q, id, events);
    await insertAttributes(q, id, now, outcomes, keyIds);
    return activity;
  });
}

/** submitTaskResult by activity_id: the API's statements in its order, in one transaction. */
async function submitResult(tenant: Tenant, input: CreateTaskResultBody) {
  const now = new Date();
  return tenant.sql.transaction(async (tx) => {
    const q = { sql: tx, tenantId: tenant.tenantId };
    const activity = await lockActivity(q, 'id', input.activity_id!);
    if (!activity) throw new DomainError('ACTIVITY_NOT_FOUND', String(input.activity_id));
    if ((await commerceExternalId(q, activity.commerceId)) !== input.commerce_external_id) {
      throw new DomainError('COMMERCE_MISMATCH', input.commerce_external_id);
    }
    const stored = await resultOfActivity(q, activity.id);
    const occurredAt = new Date(input.occurred_at);
    if (stored && !isNewer(occurredAt, new Date(stored.occurred_at))) throw new DomainError('STALE_RESULT', 'stale');
    const change = activityChangeFor(input.status);
    if (change && change.to !== activity.status) {
      await writeStatusChange(q, activity, change.to, change.eventType, now, {
        force: input.hard_override,
        reason: `Result ${input.status} (${input.task_result.result})`,
      });
    }
    const result = await saveResult(
      q,
      stored,
      resultFields(input, {
        activityId: activity.id,
        providerActivityId: stored?.provider_activity_id ?? activity.providerActivityId,
        commerceId: activity.commerceId,
        source: 'RETEN_ACTIVITY',
      }),
      now,
    );
    return { status: stored ? 200 : 201, body: result };
  });
}

function readBody<T>(req: IncomingMessage): Promise<T> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString() || '{}')));
    req.on('error', reject);
  });
}

async function route(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (path === '/health') return { status: 200, body: { status: 'ok' } };
  const tenantId = await tenantOf(req);
  // Acting for the tenant, as a request's context does (the row-level-security setting).
  const tenant = { sql: sql.forTenant(tenantId), tenantId };
  if (req.method === 'GET' && path === '/api/activities') {
    return { status: 200, body: await list(tenant, url.searchParams) };
  }
  if (req.method === 'GET' && path.startsWith('/api/activities/')) {
    return { status: 200, body: await findActivity(tenant, path.slice('/api/activities/'.length)) };
  }
  if (req.method === 'POST' && path === '/api/activities') {
    return { status: 201, body: await createActivity(tenant, await readBody(req)) };
  }
  if (req.method === 'POST' && path === '/api/activities/tasks') {
    const body = await readBody<NewActivity>(req);
    return { status: 201, body: await createActivity(tenant, { ...body, type: 'TASK' }) };
  }
  if (req.method === 'POST' && path === '/api/activity-results/tasks') {
    return submitResult(tenant, await readBody(req));
  }
  throw new HttpError(404, 'route');
}

function statusOf(err: unknown): number {
  if (err instanceof HttpError) return err.status;
  return err instanceof DomainError ? PROBLEM_CODES[err.code] : 500;
}

function answer(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

const server = createServer((req, res) => {
  route(req).then(
    ({ status, body }) => answer(res, status, body),
    (err: unknown) => answer(res, statusOf(err), { detail: String(err) }),
  );
});
server.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));

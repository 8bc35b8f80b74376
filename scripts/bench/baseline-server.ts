/**
 * The baseline: the thinnest node:http + pg server that answers the benchmarked operations with the
 * same SQL and the same writes as the API (activities.service.ts, activity-results.service.ts), on the
 * same database, with the same response bodies. What it skips, on purpose, is everything else the
 * API does per request: JWT signature and expiry checks (it only decodes the payload to find the
 * tenants claim), roles and permissions, zod validation of params, query and body, request ids,
 * access logs, problem+json errors, the 405 table, the idempotency-conflict lookup, the NUL check and
 * the attribute resolution machinery (the bench only sends caller-provided attribute values).
 * Tenants are checked against the database once each, then remembered (as the API's cache does).
 *
 * Run as its own process: `node scripts/bench/baseline-server.ts` with DATABASE_URL, PORT and
 * DB_POOL_MAX in its environment (this file is a bench tool, so it reads them itself).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { FIND_ACTIVITY, type ListFilters, listQueries, RESULT_COLUMNS } from './queries.ts';

const env = process.env;
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: Number(env.DB_POOL_MAX ?? 10) });
type Row = Record<string, unknown>;

/**
 * The reads the API prepares (src/db/sql.ts readRows), prepared here too only with
 * BASELINE_PREPARED=true (`npm run bench -- --baseline-prepared`); by default the baseline is the
 * thinnest server, which sends every statement unprepared.
 */
const PREPARED = env.BASELINE_PREPARED === 'true';
function read(query: { text: string; values: unknown[] }, prepare = true) {
  const name = PREPARED && prepare ? `r_${createHash('sha1').update(query.text).digest('base64url')}` : undefined;
  return pool.query({ name, ...query });
}

function toActivity(row: Row) {
  return {
    id: row.id,
    type: row.type,
    channel: row.channel,
    status: row.status,
    reason: row.reason,
    idempotencyKey: row.idempotency_key,
    scheduledAt: row.scheduled_at,
    suggestedExecutionTime: row.suggested_execution_time,
    userStatus: row.user_status,
    score: row.score,
    commerceAssignment: {
      commerceId: row.commerce_id,
      assignmentReason: row.assignment_reason,
      commerce: { name: row.commerce_name, externalId: row.commerce_external_id },
    },
    taskDetails:
      row.type === 'TASK'
        ? { assignedRouteId: row.assigned_route_id, assignedOperatorId: row.assigned_operator_id }
        : null,
    targetCriteria: row.target_criteria,
    providerActivityId: row.provider_activity_id,
    dispatchAttemptCount: row.dispatch_attempt_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toResult(row: Row) {
  return {
    id: row.id,
    activityId: row.activity_id,
    providerActivityId: row.provider_activity_id,
    commerceId: row.commerce_id,
    source: row.source,
    resultStatus: row.result_status,
    externalStatus: row.external_status,
    occurredAt: row.occurred_at,
    taskDetails: {
      result: row.result_code,
      comment: row.comment,
      contactType: row.contact_type,
      operatorExternalId: row.operator_external_id,
      futureScheduledAt: row.future_scheduled_at,
      payload: row.payload,
    },
    rawPayload: row.raw_payload,
    hardOverride: row.hard_override,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
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
    const { rowCount } = await pool.query('select 1 from tenant where id = $1', [tenant]);
    if (!rowCount) throw new HttpError(404, 'tenant');
    knownTenants.add(tenant);
  }
  return tenant;
}

async function findActivity(tenant: string, id: string) {
  const { rows } = await read({ text: FIND_ACTIVITY, values: [tenant, id] });
  if (!rows[0]) throw new HttpError(404, 'activity');
  return toActivity(rows[0]);
}

async function listActivities(tenant: string, query: URLSearchParams) {
  const limit = Number(query.get('per_page') ?? 25);
  const page = Number(query.get('page') ?? 1);
  const filters: ListFilters = {};
  for (const key of ['status', 'type', 'channel', 'search'] as const) {
    const value = query.get(key);
    if (value !== null) filters[key] = value;
  }
  const sql = listQueries(tenant, filters, limit, (page - 1) * limit);
  const prepare = !filters.search;
  const [rows, count] = await Promise.all([read(sql.page, prepare), read(sql.count, prepare)]);
  const total = count.rows[0].total as number;
  return { data: rows.rows.map(toActivity), meta: { page, limit, total, totalPages: Math.ceil(total / limit) } };
}

/** Reads of createActivity before its transaction: catalog keys, commerce, route and operator, policies. */
async function createActivity(tenant: string, input: Row, type: string) {
  const attributes = (input.attributes as { key: string; value: unknown }[] | undefined) ?? [];
  const keys = attributes.map((a) => a.key);
  const isTask = type === 'TASK';
  const [catalog, commerce, route, operator] = await Promise.all([
    pool.query('select * from attribute_key where key = any($1)', [keys]),
    pool.query('select * from commerce where tenant_id = $1 and id = $2 limit 1', [tenant, input.commerce_id]),
    isTask
      ? pool.query('select * from route where tenant_id = $1 and id = $2 limit 1', [tenant, input.assigned_route_id])
      : null,
    isTask
      ? pool.query('select * from operator where tenant_id = $1 and id = $2 limit 1', [
          tenant,
          input.assigned_operator_id,
        ])
      : null,
  ]);
  if (!commerce.rows[0] || (isTask && (!route?.rows[0] || !operator?.rows[0]))) throw new HttpError(404, 'reference');
  await pool.query(
    'select * from target_resolution_config where tenant_id = $1 and is_active = true order by priority asc limit 1',
    [tenant],
  );
  await pool.query(
    `select p.*, k.* from attribute_policy p join attribute_key k on p.attribute_key_id = k.id
     where p.tenant_id = $1 and k.key = any($2)`,
    [tenant, keys],
  );
  const id = uuidv7();
  const now = new Date();
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into activity (id, created_at, updated_at, tenant_id, type, channel, status, reason, idempotency_key,
         scheduled_at, suggested_execution_time, user_status, score, commerce_id, assignment_reason, assigned_route_id,
         assigned_operator_id, target_criteria, provider_activity_id, dispatch_attempt_count)
       values ($1, $2, $2, $3, $4, $5, 'READY', $6, $7, $8, null, null, null, $9, null, $10, $11, null, null, 0)`,
      [
        id,
        now,
        tenant,
        type,
        input.channel,
        input.reason,
        input.idempotency_key,
        input.scheduled_at,
        input.commerce_id,
        input.assigned_route_id ?? null,
        input.assigned_operator_id ?? null,
      ],
    );
    for (const attribute of attributes) {
      const key = catalog.rows.find((k) => k.key === attribute.key);
      await client.query(
        `insert into activity_attribute (id, created_at, updated_at, tenant_id, activity_id, attribute_key_id, value,
           resolution_status, resolver_type, resolved_at, error_message)
         values ($1, $2, $2, $3, $4, $5, $6, 'RESOLVED', 'CALLER_PROVIDED', $2, null)`,
        [uuidv7(), now, tenant, id, key.id, JSON.stringify(attribute.value)],
      );
    }
    await client.query(
      `insert into activity_status_event (id, created_at, updated_at, tenant_id, activity_id, event_type, from_status,
         to_status, forced, occurred_at)
       values ($1, $2, $2, $3, $4, 'CREATED', null, 'READY', false, $2)`,
      [uuidv7(), now, tenant, id],
    );
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
  return findActivity(tenant, id);
}

const RESULT_CHANGE: Record<string, [string, string] | null> = {
  PENDING: null,
  COMPLETED: ['COMPLETED', 'COMPLETED'],
  TRANSFERRED: ['COMPLETED', 'COMPLETED'],
  NOT_EXECUTED: ['FAILED', 'FAILED'],
  CANCELED: ['CANCELED', 'CANCELED'],
};

/** submitTaskResult by activity_id: row lock, commerce check, result upsert, status event. */
async function submitResult(tenant: string, input: Row & { task_result: Row }) {
  const now = new Date();
  const occurredAt = new Date(input.occurred_at as string);
  const client = await pool.connect();
  let id: string;
  let created: boolean;
  try {
    await client.query('begin');
    const activity = (
      await client.query('select * from activity where tenant_id = $1 and id = $2 for update', [
        tenant,
        input.activity_id,
      ])
    ).rows[0];
    if (!activity) throw new HttpError(404, 'activity');
    const commerce = (
      await client.query('select * from commerce where tenant_id = $1 and id = $2 limit 1', [
        tenant,
        activity.commerce_id,
      ])
    ).rows[0];
    if (commerce.external_id !== input.commerce_external_id) throw new HttpError(422, 'commerce');
    const existing = (
      await client.query('select * from activity_result where tenant_id = $1 and activity_id = $2 limit 1 for update', [
        tenant,
        activity.id,
      ])
    ).rows[0];
    if (existing && occurredAt <= existing.occurred_at) throw new HttpError(409, 'stale');
    const change = RESULT_CHANGE[input.status as string];
    if (change && change[0] !== activity.status) {
      await client.query(
        `insert into activity_status_event (id, created_at, updated_at, tenant_id, activity_id, event_type, from_status,
           to_status, error_code, error_message, reason, forced, occurred_at)
         values ($1, $2, $2, $3, $4, $5, $6, $7, null, null, $8, $9, $2)`,
        [
          uuidv7(),
          now,
          tenant,
          activity.id,
          change[1],
          activity.status,
          change[0],
          `Result ${input.status} (${input.task_result.result})`,
          Boolean(input.hard_override),
        ],
      );
      await client.query('update activity set status = $1, updated_at = $2 where id = $3', [
        change[0],
        now,
        activity.id,
      ]);
    }
    const fields = [input.status, occurredAt, input.task_result.result, now];
    if (existing) {
      id = existing.id;
      created = false;
      await client.query(
        'update activity_result set result_status = $1, occurred_at = $2, result_code = $3, updated_at = $4 where id = $5',
        [...fields, id],
      );
    } else {
      id = uuidv7();
      created = true;
      await client.query(
        `insert into activity_result (id, created_at, updated_at, tenant_id, activity_id, provider_activity_id, commerce_id,
           source, result_status, external_status, occurred_at, result_code, comment, contact_type, operator_external_id,
           future_scheduled_at, payload, raw_payload, hard_override)
         values ($5, $4, $4, $6, $7, $8, $9, 'RETEN_ACTIVITY', $1, null, $2, $3, null, null, null, null, null, null, $10)`,
        [...fields, id, tenant, activity.id, activity.provider_activity_id, commerce.id, Boolean(input.hard_override)],
      );
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
  const { rows } = await read({
    text: `select ${RESULT_COLUMNS} from activity_result r where r.tenant_id = $1 and r.id = $2`,
    values: [tenant, id],
  });
  return { status: created ? 201 : 200, body: toResult(rows[0]!) };
}

// Ids as the API makes them (time-ordered UUIDs), without its same-millisecond sequence.
function uuidv7(): string {
  const hex = Date.now().toString(16).padStart(12, '0');
  const random = randomUUID().replaceAll('-', '');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${random.slice(13, 16)}-${random.slice(16, 20)}-${random.slice(20)}`;
}

function readBody(req: IncomingMessage): Promise<Row> {
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
  const tenant = await tenantOf(req);
  if (req.method === 'GET' && path === '/api/activities') {
    return { status: 200, body: await listActivities(tenant, url.searchParams) };
  }
  if (req.method === 'GET' && path.startsWith('/api/activities/')) {
    return { status: 200, body: await findActivity(tenant, path.slice('/api/activities/'.length)) };
  }
  if (req.method === 'POST' && path === '/api/activities') {
    const body = await readBody(req);
    return { status: 201, body: await createActivity(tenant, body, body.type as string) };
  }
  if (req.method === 'POST' && path === '/api/activities/tasks') {
    return { status: 201, body: await createActivity(tenant, await readBody(req), 'TASK') };
  }
  if (req.method === 'POST' && path === '/api/activity-results/tasks') {
    return submitResult(tenant, (await readBody(req)) as Row & { task_result: Row });
  }
  throw new HttpError(404, 'route');
}

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

const server = createServer((req, res) => {
  route(req).then(
    ({ status, body }) => send(res, status, body),
    (err: unknown) => send(res, err instanceof HttpError ? err.status : 500, { detail: String(err) }),
  );
});
server.listen(Number(env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));

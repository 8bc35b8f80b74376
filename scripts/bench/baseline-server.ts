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
import {
  ACTIVITY_COLUMNS,
  FIND_ACTIVITY,
  ISO_OCCURRED_AT,
  type ListFilters,
  listQueries,
  RESULT_COLUMNS,
} from './queries.ts';

const env = process.env;
type Row = Record<string, unknown>;

/**
 * The API prepares every statement and has PostgreSQL plan each once (src/db/sql.ts, src/db/orm.ts).
 * The baseline does the same only with BASELINE_PREPARED=true (`npm run bench -- --baseline-prepared`);
 * by default it is the thinnest server, which sends every statement unprepared.
 */
const PREPARED = env.BASELINE_PREPARED === 'true';
const pool = new pg.Pool({
  connectionString: env.DATABASE_URL,
  max: Number(env.DB_POOL_MAX ?? 10),
  options: PREPARED ? '-c plan_cache_mode=force_generic_plan' : undefined,
});
function run(on: pg.Pool | pg.PoolClient, text: string, values: unknown[]) {
  const name = PREPARED ? `s_${createHash('sha1').update(text).digest('base64url')}` : undefined;
  return on.query({ name, text, values });
}

/** One transaction on one connection, as the API's inTransaction. */
async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
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
  const { rows } = await run(pool, FIND_ACTIVITY, [tenant, id]);
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
  const [rows, count] = await Promise.all([
    run(pool, sql.page.text, sql.page.values),
    run(pool, sql.count.text, sql.count.values),
  ]);
  const total = count.rows[0].total as number;
  return { data: rows.rows.map(toActivity), meta: { page, limit, total, totalPages: Math.ceil(total / limit) } };
}

/** createActivity (caller-provided attributes only): the same reads, then one transaction of inserts. */
async function createActivity(tenant: string, input: Row, type: string) {
  const attributes = (input.attributes as { key: string; value: unknown }[] | undefined) ?? [];
  const keys = attributes.map((a) => a.key);
  const catalog = keys.length ? await run(pool, 'select id, key from attribute_key where key = any($1)', [keys]) : null;
  const isTask = type === 'TASK';
  const exists = (table: string, id: unknown) =>
    run(pool, `select 1 from ${table} where tenant_id = $1 and id = $2`, [tenant, id]);
  const [commerce, route, operator] = await Promise.all([
    run(pool, 'select id, external_id, name, tax_id, metadata from commerce where tenant_id = $1 and id = $2', [
      tenant,
      input.commerce_id,
    ]),
    isTask ? exists('route', input.assigned_route_id) : null,
    isTask ? exists('operator', input.assigned_operator_id) : null,
  ]);
  if (!commerce.rows[0] || (isTask && (!route?.rows[0] || !operator?.rows[0]))) throw new HttpError(404, 'reference');
  await run(
    pool,
    `select resolution_strategy, criteria, fallback_to_commerce_rep, fallback_to_owner from target_resolution_config
     where tenant_id = $1 and is_active order by priority limit 1`,
    [tenant],
  );
  if (keys.length) {
    await run(
      pool,
      `select k.key, p.strategy, p.resolver_type from attribute_policy p join attribute_key k on k.id = p.attribute_key_id
       where p.tenant_id = $1 and k.key = any($2)`,
      [tenant, keys],
    );
  }
  const id = uuidv7();
  const now = new Date();
  return inTransaction(async (client) => {
    const { rows } = await run(
      client,
      `with a as (
         insert into activity (id, created_at, updated_at, tenant_id, type, channel, status, reason, idempotency_key,
           scheduled_at, suggested_execution_time, user_status, score, commerce_id, assignment_reason,
           assigned_route_id, assigned_operator_id, target_criteria, provider_activity_id, dispatch_attempt_count)
         values ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, null, 0)
         returning *)
       select ${ACTIVITY_COLUMNS} from a join commerce c on c.id = a.commerce_id`,
      [
        id,
        now,
        tenant,
        type,
        input.channel,
        'READY',
        input.reason,
        input.idempotency_key,
        new Date(input.scheduled_at as string),
        null,
        null,
        null,
        input.commerce_id,
        null,
        input.assigned_route_id ?? null,
        input.assigned_operator_id ?? null,
        null,
      ],
    );
    await run(
      client,
      `insert into activity_status_event (id, created_at, updated_at, tenant_id, activity_id, event_type, from_status, to_status, forced, error_code, error_message, reason, occurred_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [uuidv7(), now, now, tenant, id, 'CREATED', null, 'READY', false, null, null, null, now],
    );
    const values: unknown[] = [];
    const tuples = attributes.map(
      (attribute) =>
        `(${[
          uuidv7(),
          now,
          now,
          tenant,
          id,
          catalog!.rows.find((k) => k.key === attribute.key).id,
          JSON.stringify(attribute.value),
          'RESOLVED',
          'CALLER_PROVIDED',
          now,
          null,
        ]
          .map((value) => `$${values.push(value)}`)
          .join(', ')})`,
    );
    if (tuples.length) {
      await run(
        client,
        `insert into activity_attribute (id, created_at, updated_at, tenant_id, activity_id, attribute_key_id, value, resolution_status, resolver_type, resolved_at, error_message) values ${tuples.join(', ')}`,
        values,
      );
    }
    return toActivity(rows[0]!);
  });
}

const RESULT_CHANGE: Record<string, [string, string] | null> = {
  PENDING: null,
  COMPLETED: ['COMPLETED', 'COMPLETED'],
  TRANSFERRED: ['COMPLETED', 'COMPLETED'],
  NOT_EXECUTED: ['FAILED', 'FAILED'],
  CANCELED: ['CANCELED', 'CANCELED'],
};

/** submitTaskResult by activity_id: row lock, commerce check, result upsert returning the body, status event. */
async function submitResult(tenant: string, input: Row & { task_result: Row }) {
  const now = new Date();
  const occurredAt = new Date(input.occurred_at as string);
  return inTransaction(async (client) => {
    const activity = (
      await run(
        client,
        `select tenant_id as "tenantId", id, status, commerce_id as "commerceId", provider_activity_id as "providerActivityId"
     from activity where tenant_id = $1 and id = $2 order by id limit 1 for update`,
        [tenant, input.activity_id],
      )
    ).rows[0];
    if (!activity) throw new HttpError(404, 'activity');
    const commerce = (
      await run(client, 'select external_id from commerce where tenant_id = $1 and id = $2', [
        tenant,
        activity.commerceId,
      ])
    ).rows[0];
    if (commerce.external_id !== input.commerce_external_id) throw new HttpError(400, 'commerce');
    const existing = (
      await run(
        client,
        `select id, ${ISO_OCCURRED_AT}, provider_activity_id from activity_result where tenant_id = $1 and activity_id = $2 limit 1 for update`,
        [tenant, activity.id],
      )
    ).rows[0];
    if (existing && occurredAt <= new Date(existing.occurred_at)) throw new HttpError(409, 'stale');
    const change = RESULT_CHANGE[input.status as string];
    if (change && change[0] !== activity.status) {
      await run(client, 'update activity set status = $3, updated_at = $4 where tenant_id = $1 and id = $2', [
        tenant,
        activity.id,
        change[0],
        now,
      ]);
      await run(
        client,
        `insert into activity_status_event (id, created_at, updated_at, tenant_id, activity_id, event_type, from_status, to_status, forced, error_code, error_message, reason, occurred_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          uuidv7(),
          now,
          now,
          tenant,
          activity.id,
          change[1],
          activity.status,
          change[0],
          Boolean(input.hard_override),
          null,
          null,
          `Result ${input.status} (${input.task_result.result})`,
          now,
        ],
      );
    }
    const fields = [
      activity.id,
      activity.providerActivityId,
      activity.commerceId,
      'RETEN_ACTIVITY',
      input.status,
      null,
      occurredAt,
      input.task_result.result,
      null,
      null,
      null,
      null,
      null,
      null,
      Boolean(input.hard_override),
      now,
    ];
    const { rows } = existing
      ? await run(
          client,
          `update activity_result r set activity_id = $1, provider_activity_id = $2, commerce_id = $3, source = $4,
           result_status = $5, external_status = $6, occurred_at = $7, result_code = $8, comment = $9, contact_type = $10,
           operator_external_id = $11, future_scheduled_at = $12, payload = $13, raw_payload = $14, hard_override = $15,
           updated_at = $16
         where r.tenant_id = $17 and r.id = $18 returning ${RESULT_COLUMNS}`,
          [...fields, tenant, existing.id],
        )
      : await run(
          client,
          `insert into activity_result as r (activity_id, provider_activity_id, commerce_id, source, result_status,
           external_status, occurred_at, result_code, comment, contact_type, operator_external_id, future_scheduled_at,
           payload, raw_payload, hard_override, updated_at, created_at, tenant_id, id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17, $18)
         returning ${RESULT_COLUMNS}`,
          [...fields, tenant, uuidv7()],
        );
    return { status: existing ? 200 : 201, body: toResult(rows[0]!) };
  });
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

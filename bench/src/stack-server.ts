/**
 * The stack alone, as a baseline for get by id (`npm run bench -- --only get --stack-baseline`): one
 * `@hono/zod-openapi` route with the API's param schema on @hono/node-server, reading through the API's own
 * `findActivity` and runner (`createSql`: prepared statements, the row-level-security tenant setting) on a `pg`
 * pool set up as the API's, answering `c.json`. Nothing of the API's own per-request work: no middleware, no
 * authentication, no headers or log line. What it costs over the SQL baseline is the stack's; what the API costs
 * over it is the API's (docs/performance.md, "where the API's CPU goes").
 *
 * Run as its own process with DATABASE_URL and DB_POOL_MAX in its environment, as baseline-server.ts.
 */
import { serve } from '@hono/node-server';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import pg from 'pg';
import { loadConfig } from '../../src/config.ts';
import { APP_ROLE, appConnectionOptions, guardPool } from '../../src/db/orm.ts';
import { createSql } from '../../src/db/sql.ts';
import { findActivity } from '../../src/modules/activities/activities.queries.ts';
import { ActivityIdParamsSchema } from '../../src/modules/activities/activities.schemas.ts';

const config = loadConfig();
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_MAX ?? 10),
  ...appConnectionOptions({ timeouts: config.dbTimeouts, role: APP_ROLE }),
});
guardPool(pool, config.dbTimeouts);
// Prepared as the API's, unless the run asks the baselines not to (--baseline-unprepared).
const sql = createSql({
  pool: async () => pool,
  prepared: process.env.BASELINE_PREPARED === 'true',
  timeouts: config.dbTimeouts,
});

const getActivity = createRoute({
  method: 'get',
  path: '/api/activities/{id}',
  request: { params: ActivityIdParamsSchema },
  responses: { 200: { description: 'The activity' } },
});

const app = new OpenAPIHono();
app.openapi(getActivity, async (c) => {
  const tenantId = c.req.header('x-tenant-id') ?? '';
  const activity = await findActivity({ sql: sql.forTenant(tenantId), tenantId }, c.req.valid('param').id);
  return c.json(activity, 200);
});

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
  process.send?.({ port: info.port }),
);
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { type Logger, pino } from 'pino';
import { contextSource } from '../src/context.ts';
import type { Orm } from '../src/db/orm.ts';
import { tenantEm } from '../src/db/tenant-owned.ts';
import type { ActivityType, Channel } from '../src/domain/activity-enums.ts';
import { ActivityEntity, ActivityStatusEventEntity } from '../src/modules/activities/activity.entity.ts';
import { statusEvent } from '../src/modules/activities/status.service.ts';
import { bootstrapDispatchProviders } from '../src/modules/dispatch/dispatch.queries.ts';
import { createDispatcher } from '../src/modules/dispatch/dispatcher.ts';
import type { Metrics } from '../src/observability/metrics.ts';
import { seedCommerce, seedOperator, seedRoute } from './factories.ts';
import { send, setupApp, type TestContext, testConfig } from './harness.ts';

/** A pino logger at `trace` that keeps every line, with no redaction: what it holds is what was logged. */
export function captureLogger(): { logger: Logger; lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), lines, stream };
}

/** A clock the test moves: the dispatcher reads it for due times, leases, backoff and events. */
export class TestClock {
  private ms = Date.now();
  readonly now = () => new Date(this.ms);
  advance(ms: number) {
    this.ms += ms;
  }
}

/** The harness's app, with the dispatcher's timeouts short enough for tests. */
export function setupDispatchApp(options: { logger?: Logger; now?: () => Date } = {}): Promise<TestContext> {
  return setupApp({ ...options, env: { DISPATCH_TIMEOUT_MS: '2000', DISPATCH_LEASE_MS: '60000' } });
}

/** A dispatcher for one test: its own tenants only (test files share the database), a test clock. */
export function testDispatcher(
  orm: Orm,
  tenantIds: string[],
  clock: TestClock,
  options: {
    logger?: Logger;
    timeoutMs?: number;
    batchSize?: number;
    concurrency?: number;
    /** Settings beyond the test defaults, as environment variables. */
    env?: Record<string, string>;
    metrics?: Metrics;
  } = {},
) {
  return createDispatcher({
    source: contextSource(orm, testConfig(options.env), clock.now),
    logger: options.logger ?? pino({ level: 'silent' }),
    settings: {
      batchSize: options.batchSize ?? 100,
      concurrency: options.concurrency ?? 10,
      timeoutMs: options.timeoutMs ?? 2000,
      leaseMs: 60_000,
    },
    tenantIds,
    metrics: options.metrics,
  });
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: {
    tenantId: string;
    attempt: number;
    activity: { id: string; type: string; status: string };
    commerce: { id: string; externalId: string; name: string };
    attributes: Record<string, unknown>;
  };
}

export interface Reply {
  status: number;
  body?: unknown;
  /** Answer only after this long (longer than the dispatcher's timeout: a timeout). */
  delayMs?: number;
}

/** A real HTTP provider on 127.0.0.1 that records every request; `respond` can be swapped mid-test. */
export async function startProvider(respond: (request: ReceivedRequest) => Reply = () => ({ status: 201 })) {
  const requests: ReceivedRequest[] = [];
  const state = { respond };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: ReceivedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
    };
    requests.push(request);
    const reply = state.respond(request);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    set respond(next: (request: ReceivedRequest) => Reply) {
      state.respond = next;
    },
    /** How many times each activity id reached the provider. */
    counts() {
      const counts = new Map<string, number>();
      for (const r of requests) counts.set(r.body.activity.id, (counts.get(r.body.activity.id) ?? 0) + 1);
      return counts;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Provider = Awaited<ReturnType<typeof startProvider>>;

/** Commerce, route and operator of a tenant, for activities written straight to the database. */
export async function seedAssignment(ctx: TestContext, tenantId: string) {
  const [commerce, route, operator] = await Promise.all([
    seedCommerce(ctx, tenantId, { street: '123 Main St' }),
    seedRoute(ctx, tenantId),
    seedOperator(ctx, tenantId),
  ]);
  return { commerceId: commerce.id, routeId: route.id, operatorId: operator.id };
}

/**
 * READY activities written through the ORM with their CREATED event, for tests whose subject is
 * dispatch (and for volume: hundreds at once).
 */
export async function seedReadyActivities(
  ctx: TestContext,
  tenantId: string,
  assignment: Awaited<ReturnType<typeof seedAssignment>>,
  count: number,
  fields: { type?: ActivityType; channel?: Channel; scheduledAt?: Date } = {},
): Promise<string[]> {
  const em = tenantEm(ctx.orm, tenantId);
  const type = fields.type ?? 'TASK';
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const activity = em.create(ActivityEntity, {
      tenant: tenantId,
      type,
      channel: fields.channel ?? 'SALESMAN',
      status: 'READY',
      reason: 'Monthly visit',
      idempotencyKey: `dispatch-${crypto.randomUUID()}`,
      scheduledAt: fields.scheduledAt ?? new Date('2025-01-16T09:00:00.000Z'),
      commerce: assignment.commerceId,
      assignedRoute: type === 'TASK' ? assignment.routeId : null,
      assignedOperator: type === 'TASK' ? assignment.operatorId : null,
      dispatchAttemptCount: 0,
    });
    em.create(ActivityStatusEventEntity, {
      tenant: tenantId,
      activity,
      ...statusEvent(null, 'READY', 'CREATED', new Date()),
    });
    ids.push(activity.id);
  }
  await em.flush();
  return ids;
}

/** An active WEBHOOK config of the caller's tenant for SALESMAN activities, sending to `url`. */
export async function configureWebhook(ctx: TestContext, who: { headers: Record<string, string> }, url: string) {
  await bootstrapDispatchProviders(ctx.source.sql);
  const [webhook] = await ctx.owner.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>(`select id from dispatch_provider where code = 'WEBHOOK'`);
  const res = await send(ctx, 'POST', '/api/dispatch-configs', {
    headers: who.headers,
    body: { dispatch_provider_id: webhook!.id, channel: 'SALESMAN', base_url: url, credentials: { apiKey: 'k' } },
  });
  if (res.status !== 201) throw new Error(`the webhook config was refused: ${res.status} ${await res.text()}`);
}

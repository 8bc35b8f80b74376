// Traces (issue 18, point 2): a span per request with its statements and outbound calls as children, W3C
// context in and out, and the trace id on log lines; checked with the SDK's in-memory exporter.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, stopTracing, traceIds } from '../src/observability/tracing.ts';
import {
  captureLogger,
  configureWebhook,
  seedAssignment,
  seedReadyActivities,
  startProvider,
} from './dispatch-support.ts';
import { actor, send, setupApp, type TestContext } from './harness.ts';
import { startProcess } from './processes.ts';

const exporter = new InMemorySpanExporter();
const captured = captureLogger();
let ctx: TestContext;

beforeAll(async () => {
  // Before the app's database pool exists, as the entry points do: its connections are traced as they are made.
  await startTracing({ serviceName: 'reten-activities-api-test', exporter });
  ctx = await setupApp({ logger: pino({ level: 'info', mixin: traceIds }, captured.stream) });
});
afterAll(async () => {
  await ctx.close();
  await stopTracing();
});

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';

const childrenOf = (spans: ReadableSpan[], parent: ReadableSpan) =>
  spans.filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);

describe('tracing', () => {
  it('follows a manual dispatch from the caller through its statements to the provider', async () => {
    const admin = await actor(ctx);
    const provider = await startProvider();
    try {
      await configureWebhook(ctx, admin, provider.url);
      const [id] = await seedReadyActivities(ctx, admin.tenantId, await seedAssignment(ctx, admin.tenantId), 1);
      exporter.reset();
      captured.lines.length = 0;

      const res = await send(ctx, 'POST', `/api/activities/tasks/${id}/dispatch`, {
        headers: { ...admin.headers, traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` },
      });
      expect(res.status).toBe(204);

      const spans = exporter.getFinishedSpans();
      const server = spans.find((s) => s.kind === SpanKind.SERVER)!;
      expect(server.name).toBe('POST /api/activities/tasks/:id/dispatch');
      expect(server.spanContext().traceId).toBe(TRACE_ID);
      expect(server.parentSpanContext?.spanId).toBe(CALLER_SPAN_ID);
      expect(server.attributes).toMatchObject({
        'http.request.method': 'POST',
        'http.route': '/api/activities/tasks/:id/dispatch',
        'http.response.status_code': 204,
        'reten.tenant_id': admin.tenantId,
      });
      expect(server.resource.attributes['service.name']).toBe('reten-activities-api-test');
      // Every span of the request is in the caller's trace, under the server span.
      expect(spans.every((s) => s.spanContext().traceId === TRACE_ID)).toBe(true);

      const attempt = spans.find((s) => s.name === 'dispatch attempt')!;
      expect(attempt.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
      const statements = spans.filter((s) => s.attributes['db.system.name'] === 'postgresql');
      expect(statements.length).toBeGreaterThan(3);
      expect(statements.map((s) => s.name)).toEqual(expect.arrayContaining(['SELECT', 'UPDATE', 'INSERT']));
      expect(childrenOf(spans, server).some((s) => s.attributes['db.system.name'] === 'postgresql')).toBe(true);
      expect(statements.every((s) => typeof s.attributes['db.query.text'] === 'string')).toBe(true);

      // The provider call: a CLIENT span under the attempt, whose context the provider received.
      const call = childrenOf(spans, attempt).find((s) => s.kind === SpanKind.CLIENT && s.attributes['url.full'])!;
      expect(call.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.response.status_code': 201 });
      expect(provider.requests[0]!.headers.traceparent).toBe(`00-${TRACE_ID}-${call.spanContext().spanId}-01`);

      // The request's log lines carry the trace.
      const access = captured.lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request')!;
      expect(access).toMatchObject({ trace_id: TRACE_ID, route: '/api/activities/tasks/:id/dispatch' });
    } finally {
      await provider.close();
    }
  });

  it('starts a trace of its own for a request without traceparent, named by its route template', async () => {
    const admin = await actor(ctx);
    exporter.reset();
    const unknown = crypto.randomUUID();
    expect((await send(ctx, 'GET', `/api/activities/${unknown}`, { headers: admin.headers })).status).toBe(404);
    const server = exporter.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER)!;
    expect(server.parentSpanContext).toBeUndefined();
    expect(server.name).toBe('GET /api/activities/:id');
    expect(server.attributes['http.response.status_code']).toBe(404);
    expect(JSON.stringify(exporter.getFinishedSpans().map((s) => s.name))).not.toContain(unknown);
  });
});

describe('the server with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('exports its spans over OTLP/HTTP to the collector, at the latest when it stops', async () => {
    const received: { path?: string; body: string }[] = [];
    const collector = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      received.push({ path: req.url, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const server = startProcess('src/main.ts', {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      OTEL_SERVICE_NAME: 'reten-otlp-check',
    });
    try {
      const url = await server.url();
      const traceId = 'a'.repeat(32);
      const res = await fetch(`${url}/health`, { headers: { traceparent: `00-${traceId}-${'b'.repeat(16)}-01` } });
      expect(res.status).toBe(200);
      expect(await server.stop()).toBe(0);

      const exported = received.filter((r) => r.path === '/v1/traces').map((r) => r.body);
      expect(exported.length).toBeGreaterThan(0);
      const all = exported.join('\n');
      expect(all).toContain('GET /health');
      expect(all).toContain('reten-otlp-check');
      // Its access log line carried the same trace.
      expect(server.lines().find((line) => line.msg === 'request')).toMatchObject({
        trace_id: traceId,
        route: '/health',
      });
    } finally {
      server.child.kill('SIGKILL');
      collector.close();
    }
  });
});

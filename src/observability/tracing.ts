import {
  type Attributes,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import type { SpanExporter, TracerProvider } from '@opentelemetry/sdk-trace';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type pg from 'pg';
import type { TracingSettings } from '../config.ts';
import type { AppEnv } from '../http/types.ts';

/**
 * Traces with the OpenTelemetry SDK: a span per request, children for database statements and for outbound
 * calls (providers, client hooks), W3C `traceparent` read from requests and sent on outbound calls. Off unless
 * started: every hook below is then a plain call, and the request middleware is not mounted at all.
 */
let provider: TracerProvider | undefined;
let tracer: Tracer | undefined;

export const tracingOn = (): boolean => tracer !== undefined;

/**
 * Starts tracing for the process, once, before the database is opened (its connections are traced as they are
 * made): spans go in batches over OTLP/HTTP to `<endpoint>/v1/traces`, or, in tests, one at a time to `exporter`.
 * The SDK is loaded here, not with this module: a process that does not trace does not carry it.
 */
export async function startTracing(
  settings: Pick<TracingSettings, 'serviceName'> & ({ endpoint: string } | { exporter: SpanExporter }),
): Promise<void> {
  const [{ AsyncLocalStorageContextManager }, { W3CTraceContextPropagator }, { resourceFromAttributes }, sdk] =
    await Promise.all([
      import('@opentelemetry/context-async-hooks'),
      import('@opentelemetry/core'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/sdk-trace'),
    ]);
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  let processor: InstanceType<typeof sdk.SimpleSpanProcessor | typeof sdk.BatchSpanProcessor>;
  if ('exporter' in settings) {
    processor = new sdk.SimpleSpanProcessor({ exporter: settings.exporter });
  } else {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    const url = new URL('v1/traces', settings.endpoint.replace(/\/?$/, '/')).href;
    processor = new sdk.BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url }) });
  }
  provider = new sdk.TracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    spanProcessors: [processor],
  });
  trace.setGlobalTracerProvider(provider);
  tracer = provider.getTracer('reten-activities-api');
}

/** Exports what is left and stops tracing (at shutdown; tests, to leave the process as they found it). */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
  tracer = undefined;
  trace.disable();
  propagation.disable();
  context.disable();
}

/** The ids a log line carries inside a span (pino's mixin); none outside one. */
export function traceIds(): Record<string, string> {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

function ended(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  }
  span.end();
}

/** `promise`, with `span` ended once it settles: in error when it rejects. */
function endedWith<T>(span: Span, promise: Promise<T>): Promise<T> {
  return promise.then(
    (value) => {
      ended(span);
      return value;
    },
    (err: unknown) => {
      ended(span, err);
      throw err;
    },
  );
}

/** Runs `work` in a span of its own (the dispatcher's attempts); just `work` when tracing is off. */
export function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  if (!tracer) return work();
  const span = tracer.startSpan(name, { attributes });
  return endedWith(span, context.with(trace.setSpan(context.active(), span), work));
}

const REQUEST_HEADERS: TextMapGetter<Context<AppEnv>> = {
  get: (c, key) => c.req.header(key),
  keys: () => [],
};

/**
 * A SERVER span per request, the caller's `traceparent` its parent, named by method and route template (never
 * the raw path), with the status and the tenant; everything the request does runs inside it. First in the chain.
 */
export const traceRequests: MiddlewareHandler<AppEnv> = async (c, next) => {
  const parent = propagation.extract(ROOT_CONTEXT, c, REQUEST_HEADERS);
  const span = tracer!.startSpan(
    c.req.method,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': c.req.method, 'url.path': c.req.path } },
    parent,
  );
  try {
    await context.with(trace.setSpan(parent, span), next);
  } finally {
    const route = routePath(c, -1);
    const status = c.res.status;
    span.updateName(`${c.req.method} ${route}`);
    span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
    const tenant = c.get('tenantId');
    if (tenant) span.setAttribute('reten.tenant_id', tenant);
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  }
};

/**
 * A CLIENT span around an outbound HTTP call, whose context goes along as `traceparent`: the provider's or the
 * hook's own spans join the trace. Just the call when tracing is off.
 */
export function traceOutbound(
  url: URL,
  init: RequestInit | undefined,
  call: (init: RequestInit | undefined) => Promise<Response>,
): Promise<Response> {
  if (!tracer) return call(init);
  const method = init?.method ?? 'GET';
  const span = tracer.startSpan(method, {
    kind: SpanKind.CLIENT,
    attributes: {
      'http.request.method': method,
      'server.address': url.hostname,
      // Without the query: it may carry a tenant's secrets.
      'url.full': `${url.origin}${url.pathname}`,
    },
  });
  const active = trace.setSpan(context.active(), span);
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  propagation.inject(active, headers);
  const answered = context
    .with(active, () => call({ ...init, headers }))
    .then((response) => {
      span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      return response;
    });
  return endedWith(span, answered);
}

/** Statement texts are parameterized (values travel apart), so a span may carry them; at most this long. */
const STATEMENT_TEXT_LIMIT = 2000;

type QueryCallback = (err: Error | null, result: unknown) => void;

/**
 * A CLIENT span per statement of the pool's connections, whichever path sends it (plain SQL or the ORM), named
 * by its operation (`SELECT`, `INSERT`, ...). Wraps `query` on each new connection; nothing when tracing is off.
 */
export function traceQueries(pool: pg.Pool): void {
  if (!tracer) return;
  const active = tracer;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
      const text = typeof config === 'string' ? config : (config as { text?: string }).text;
      // Only statements with text are traced: configs, and query objects that carry it (db/sql.ts's switch).
      if (text === undefined) return query(config, values, callback);
      const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'QUERY';
      const span = active.startSpan(operation, {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.operation.name': operation,
          'db.query.text': text.slice(0, STATEMENT_TEXT_LIMIT),
        },
      });
      const done = [values, callback].find((arg): arg is QueryCallback => typeof arg === 'function');
      if (done) {
        const traced: QueryCallback = (err, result) => {
          ended(span, err ?? undefined);
          done(err, result);
        };
        return typeof values === 'function' ? query(config, traced) : query(config, values, traced);
      }
      return endedWith(span, query(config, values) as Promise<unknown>);
    }) as typeof client.query;
  });
}

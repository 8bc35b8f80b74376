import { Scalar } from '@scalar/hono-api-reference';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { createApiKeyVerifier } from './auth/api-keys.ts';
import { BEARER_SCHEME, rememberVerifiedTokens, SECURITY_SCHEMES, TENANT_SCHEME } from './auth/authorize.ts';
import { corsFor, HEADER_TEXT, PREFLIGHT_MAX_AGE_S } from './http/cors.ts';
import { toProblem } from './http/errors.ts';
import {
  clientAddress,
  requestContext,
  requestLogger,
  SCALAR_VERSION,
  scalarAsset,
  securityHeaders,
} from './http/middleware.ts';
import { HEADER_COMPONENTS, TIMESTAMP_MAX_LENGTH } from './http/openapi.ts';
import { ApiError, problemResponse } from './http/problem.ts';
import { createRouter } from './http/router.ts';
import type { AppDeps, AppEnv, AppInput } from './http/types.ts';
import { activitiesRouter } from './modules/activities/activities.index.ts';
import { activityConfigRouter } from './modules/activity-config/activity-config.index.ts';
import { activityResultsRouter } from './modules/activity-results/activity-results.index.ts';
import { apiKeysRouter } from './modules/api-keys/api-keys.index.ts';
import { authRouter } from './modules/auth/auth.index.ts';
import { commercesRouter } from './modules/commerces/commerces.index.ts';
import { dispatchRouter } from './modules/dispatch/dispatch.index.ts';
import { integrationRouter } from './modules/integration/integration.index.ts';
import { operatorsRouter } from './modules/operators/operators.index.ts';
import { routesRouter } from './modules/routes/routes.index.ts';
import { systemRouter } from './modules/system/system.index.ts';
import { taskResultTypesRouter } from './modules/task-result-types/task-result-types.index.ts';
import { tenantsRouter } from './modules/tenants/tenants.index.ts';
import { isLoopback } from './net/outbound.ts';
import { Metrics } from './observability/metrics.ts';
import { traceRequests, tracingOn } from './observability/tracing.ts';

export const API_VERSION = '1.0.0';

const DESCRIPTION = `Multi-tenant API for **activities**: TASKs (field visits, calls) and MESSAGEs (WhatsApp, e-mail,
SMS, push) assigned to commerces, with their attributes, status history and results.

**Authentication.** Every operation under \`/api\` needs \`Authorization: Bearer <JWT>\`. Tenant operations
also need \`x-tenant-id\`, a tenant listed in the token's \`tenants\` claim (SUPER_ADMIN may use any tenant).

**Conventions.** Request bodies and query parameters are snake_case; responses are camelCase. Timestamps are
ISO 8601 in UTC with milliseconds. Lists take \`page\` and \`per_page\` (\`limit\` is an alias) and answer
\`{ data, meta: { page, limit, total, totalPages } }\`.

**Errors** are \`application/problem+json\` (RFC 9457) with a stable \`code\`; validation problems list each
field in \`errors\`. Another tenant's resources answer 404, never 403, so their existence is not revealed.

**Input rules that hold everywhere.** JSON bodies are UTF-8, each key at most once per object (a repeated key is
a 400, not "the last wins"), nested at most 40 levels (free-form fields 32). No string, key or value, anywhere,
may contain NUL (U+0000), which PostgreSQL cannot store: 400. Integers in the query are decimal digits. Ids are
any hexadecimal UUID; an unknown one is 404.`;

/** Every documented route, without middleware: the document is generated from this alone. */
export function createApiRoutes() {
  const api = createRouter();
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    api.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  }
  for (const [name, header] of Object.entries(HEADER_COMPONENTS)) {
    api.openAPIRegistry.registerComponent('headers', name, header);
  }
  return api
    .route('/', systemRouter)
    .route('/api', tenantsRouter)
    .route('/api', activityConfigRouter)
    .route('/api', commercesRouter)
    .route('/api', operatorsRouter)
    .route('/api', routesRouter)
    .route('/api', activitiesRouter)
    .route('/api', activityResultsRouter)
    .route('/api', dispatchRouter)
    .route('/api', taskResultTypesRouter)
    .route('/api', apiKeysRouter)
    .route('/api', authRouter)
    .route('/api', integrationRouter);
}

export function buildDocument(api = createApiRoutes()) {
  const document = api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Reten Activities API',
      version: API_VERSION,
      description: DESCRIPTION,
      license: { name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' },
      contact: { name: 'Reten Activities API maintainers' },
    },
    servers: [
      {
        url: '/',
        description: 'This server, whichever environment (local, staging, production) runs it',
        'x-internal': false,
      },
    ],
    security: [{ [BEARER_SCHEME]: [] }],
    tags: [
      { name: 'Activities', description: 'Create, find, follow and cancel activities' },
      { name: 'Activity results', description: 'What happened in the field' },
      { name: 'Activity configuration', description: 'Attribute keys and tenant policies' },
      { name: 'Dispatch', description: 'Providers, tenant dispatch configs, and sending tasks to the field' },
      { name: 'Commerces', description: 'The shops activities are assigned to' },
      { name: 'Operators', description: 'Salesmen, activators and call-center agents' },
      { name: 'Routes', description: 'Field routes and their operators' },
      { name: 'Tenants', description: 'Platform-level tenant management' },
      { name: 'API keys', description: "Partner systems' credentials, made and revoked by users" },
      {
        name: 'Integration',
        description: 'What partner systems call, with an API key: result codes, task changes, results',
      },
      { name: 'Auth', description: 'Who is calling' },
      { name: 'System', description: 'Liveness and readiness probes' },
    ],
  });
  declarePreflights(document);
  declareRulesOfEverySchema(document);
  return document;
}

const OPERATION_METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
/** What a preflight's header values may hold (http/cors.ts). */
const HEADER_TEXT_PATTERN = HEADER_TEXT.source;

/**
 * The CORS preflight of every API path (http/cors.ts), declared like any answer: what a browser sends before a
 * cross-origin call, and what it gets.
 */
function declarePreflights(document: OpenApiDocument): void {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith('/api/') || !item) continue;
    const operations = OPERATION_METHODS.filter((method) => method in item);
    const first = item[operations[0] as 'get'];
    // The path's ids, as text: a preflight describes a path, and does not check them. Not empty: an empty segment
    // makes another path.
    const pathParameters = (first?.parameters ?? [])
      .filter((p) => 'in' in p && p.in === 'path')
      .map((p) => ({ ...p, schema: { type: 'string' as const, minLength: 1, pattern: '^[\\s\\S]*$' } }));
    const words = path.split(/[/{}-]/).filter((word) => word && word !== 'api');
    item.options = {
      operationId: `preflight${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}`,
      summary: 'CORS preflight',
      description: `What a browser asks before a call from a page of another origin. A configured origin (\`CORS_ORIGINS\`; in dev mode any localhost page) gets \`Access-Control-Allow-Origin\` and may call with the listed methods and headers; another gets none, and its browser refuses the call. Browsers keep the answer ${PREFLIGHT_MAX_AGE_S} s.`,
      tags: ['System'],
      security: [],
      parameters: [
        ...pathParameters,
        {
          name: 'Origin',
          in: 'header',
          required: true,
          description: "The page's origin",
          schema: { type: 'string', pattern: HEADER_TEXT_PATTERN },
          example: 'http://localhost:5173',
        },
        {
          name: 'Access-Control-Request-Method',
          in: 'header',
          required: true,
          description: 'The method of the call to come',
          schema: { type: 'string', enum: operations.map((m) => m.toUpperCase()) },
        },
        {
          name: 'Access-Control-Request-Headers',
          in: 'header',
          required: false,
          description: 'The headers of the call to come',
          schema: { type: 'string', pattern: HEADER_TEXT_PATTERN },
          example: 'authorization, x-tenant-id',
        },
      ],
      responses: {
        204: {
          description: 'The preflight answer; `Access-Control-Allow-Origin` only for an allowed origin',
          headers: {
            'Access-Control-Allow-Origin': {
              description: 'The origin, when it is allowed',
              schema: { type: 'string' },
            },
            'Access-Control-Allow-Methods': { description: 'The methods a page may use', schema: { type: 'string' } },
            'Access-Control-Allow-Headers': { description: 'The headers a page may send', schema: { type: 'string' } },
            'Access-Control-Max-Age': {
              description: 'How long the answer may be kept, in seconds',
              schema: { type: 'integer', minimum: 0, maximum: PREFLIGHT_MAX_AGE_S },
            },
          },
        },
        400: {
          description:
            'No `Origin`, or no `Access-Control-Request-Method` among the methods of the path (`MALFORMED_REQUEST`)',
          content: PROBLEM,
        },
      },
    };
  }
}

const INT32 = 2 ** 31;
const NO_NUL = '^[^\\u0000]*$';
const UUID_LENGTH = 36;
/** The shortest RFC 3339 timestamp: `2025-01-16T09:00:00Z`. */
const TIMESTAMP_MIN_LENGTH = 20;
/**
 * What holds for every value of a kind, stated on each schema since the generator states only what the zod
 * schema says: an integer's size (`int32` when its bounds fit, else `int64`), the length of a uuid and of a timestamp, and that a string holds no NUL
 * (PostgreSQL cannot store U+0000, so the router refuses it in every string; a string with a pattern or a
 * format already excludes it).
 */
function declareRulesOfEverySchema(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) declareRulesOfEverySchema(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as { type?: unknown; format?: string; pattern?: string; enum?: unknown; const?: unknown };
  const bounds = node as { minimum?: number; maximum?: number };
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer') && !schema.format) {
    const fits = (bounds.minimum ?? -Infinity) >= -INT32 && (bounds.maximum ?? Infinity) < INT32;
    schema.format = fits ? 'int32' : 'int64';
  }
  const text = node as { minLength?: number; maxLength?: number };
  if (types.includes('string') && schema.format === 'uuid' && !schema.enum) text.maxLength ??= UUID_LENGTH;
  if (types.includes('string') && schema.format === 'date-time') {
    text.minLength ??= TIMESTAMP_MIN_LENGTH;
    text.maxLength ??= TIMESTAMP_MAX_LENGTH;
  }
  if (types.includes('string') && !schema.format && !schema.pattern && !schema.enum && schema.const === undefined) {
    schema.pattern = NO_NUL;
  }
  // Free-form objects (metadata, settings, raw payloads): their keys too. Their nested values are refused NUL as
  // well, which only a recursive schema could state, and recursive schemas break common contract tools: the
  // document's introduction says it instead (docs/decisions.md).
  const object = node as { additionalProperties?: unknown; propertyNames?: unknown };
  if (types.includes('object') && object.additionalProperties && !object.propertyNames) {
    object.propertyNames = { pattern: NO_NUL };
  }
  for (const value of Object.values(node)) declareRulesOfEverySchema(value);
}

type OpenApiDocument = ReturnType<typeof buildDocument>;

/**
 * The methods each documented path allows, matched literal-first (`/api/activities/tasks` before
 * `/api/activities/{id}`), as a router with static-segment priority would: a GET on a POST-only
 * literal path is 405, not a 400 from the parameterized route next to it.
 */
function allowedMethods(document: OpenApiDocument) {
  const table = Object.entries(document.paths ?? {})
    .map(([template, item]) => ({
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      params: (template.match(/\{/g) ?? []).length,
      methods: Object.keys(item ?? {})
        .filter((k) => OPERATION_METHODS.includes(k))
        .map((m) => m.toUpperCase()),
    }))
    .sort((a, b) => a.params - b.params);
  return (path: string) => table.find((row) => row.pattern.test(path))?.methods;
}

export function createApp(appDeps: AppInput) {
  // Per-app caches of the per-request auth work (see authorize.ts): state of this app, not of the module.
  const deps: AppDeps = {
    ...appDeps,
    verifyToken: rememberVerifiedTokens(appDeps.verifyToken),
    apiKeys:
      appDeps.apiKeys ?? createApiKeyVerifier(appDeps.source.sql, appDeps.logger, () => appDeps.source.now().getTime()),
    knownTenants: appDeps.knownTenants ?? new Set(),
    metrics: appDeps.metrics ?? new Metrics(),
  };
  const api = createApiRoutes();
  const document = buildDocument(api);
  const methodsFor = allowedMethods(document);
  const app = createRouter();

  // First, so that everything the request does (its log lines too) happens inside its span.
  if (tracingOn()) app.use('*', traceRequests);
  app.use('*', requestContext(deps));
  app.use('*', securityHeaders);
  // Before the method check: a preflight is an OPTIONS on any path. Dev mode (no token issuer configured) lets
  // any localhost page call the API.
  app.use('*', corsFor(deps.config.corsOrigins, !deps.config.auth, methodsFor));
  // Answers of 1 KiB or more, to a client that accepts gzip or deflate (the Scalar bundle comes precompressed).
  // Only then: the middleware looks into the answer, which costs a Fetch Response per request (see requestContext).
  const compression = compress();
  app.use('*', (c, next) => (c.req.header('accept-encoding') ? compression(c, next) : next()));
  app.use('*', async (c, next) => {
    const methods = methodsFor(c.req.path);
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (!methods || methods.includes(method)) return next();
    const res = problemResponse(
      c,
      'METHOD_NOT_ALLOWED',
      `${c.req.method} is not allowed here; use ${methods.join(', ')}`,
    );
    res.headers.set('allow', methods.join(', '));
    return res;
  });
  const tooLarge = () => {
    throw new ApiError('PAYLOAD_TOO_LARGE', `The request body is larger than ${deps.config.bodyLimitBytes} bytes`);
  };
  const limitBody = bodyLimit({ maxSize: deps.config.bodyLimitBytes, onError: tooLarge });
  // Hono's bodyLimit asks for `c.req.raw.body`, which makes @hono/node-server build a full Fetch Request and a web
  // stream per request (0.15 ms of a create's CPU; docs/performance.md). A declared length is checked as it stands
  // (Node's parser reads no more than it says), so only a chunked body is counted as it streams in, by bodyLimit.
  // GET and HEAD have no body here.
  app.use('/api/*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return limitBody(c, next);
    if (Number(length) > deps.config.bodyLimitBytes) tooLarge();
    return next();
  });

  app.onError((err, c) => {
    const problem = toProblem(err);
    deps.metrics.databaseFailure(err);
    if (problem.log) requestLogger(c)[problem.log]({ err, code: problem.code }, 'request failed');
    const res = problemResponse(c, problem.code, problem.detail, problem.extra);
    for (const [name, value] of Object.entries(problem.headers ?? {})) res.headers.set(name, value);
    return res;
  });

  app.notFound((c) => {
    return problemResponse(c, 'ENDPOINT_NOT_FOUND', `No endpoint at ${c.req.path}`);
  });

  app.get('/openapi.json', (c) => c.json(document));
  app.get('/docs/scalar.js', scalarAsset);
  const page = referencePage();
  const devPage = deps.referenceCredentials && referencePage(deps.referenceCredentials);
  // Dev credentials fill the page only for a browser on this machine: dev mode listens on every interface.
  app.get('/docs', (c, next) => (devPage && isLoopback(clientAddress(c, 0)) ? devPage : page)(c, next));
  app.route('/', api);
  return app;
}

export type App = ReturnType<typeof createApp>;

/** The API reference page (Scalar), offline; `credentials` are filled in so "Test Request" works at once. */
function referencePage(credentials?: { token: string; tenantId: string }) {
  return Scalar<AppEnv>({
    url: '/openapi.json',
    cdn: `/docs/scalar.js?v=${SCALAR_VERSION}`,
    pageTitle: 'Reten Activities API',
    // Offline: no web fonts, no hosted MCP, AI agent or developer-tools panels that call out.
    withDefaultFonts: false,
    mcp: { disabled: true },
    agent: { disabled: true },
    showDeveloperTools: 'never',
    hideClientButton: true,
    defaultOpenAllTags: true,
    // The tenant header is an input of its own beside the token (tenant operations need both); without
    // credentials, the generated examples name what goes there.
    authentication: {
      preferredSecurityScheme: [[BEARER_SCHEME, TENANT_SCHEME]],
      securitySchemes: {
        [BEARER_SCHEME]: { token: credentials?.token ?? '' },
        [TENANT_SCHEME]: { value: credentials?.tenantId ?? 'YOUR_TENANT_ID' },
      },
    },
  });
}

import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { type JsonSchema, valueArbitrary, wrongTypeArbitrary } from './schema-arbitrary.ts';

type Document = { paths?: Record<string, Record<string, unknown>> };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  id: string;
  method: string;
  template: string;
  secured: boolean;
  tenantScoped: boolean;
  /** It takes an API key only (the integration API): requests for it carry the target's key. */
  keyOnly: boolean;
  pathParams: Parameter[];
  queryParams: Parameter[];
  bodySchema?: JsonSchema;
  bodyRequired: boolean;
  statuses: string[];
  raw: Record<string, unknown>;
}

/** Every operation of a document, dereferenced, with what the fuzzer needs to build requests. */
export async function operationsOf(document: object): Promise<Operation[]> {
  const deref = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as Document;
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(deref.paths ?? {})) {
    for (const [method, value] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = value as {
        operationId: string;
        security?: Record<string, string[]>[];
        parameters?: Parameter[];
        requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
        responses: Record<string, unknown>;
      };
      const security = op.security ?? [];
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        template,
        secured: security.length > 0,
        tenantScoped: security.some((s) => 'tenantHeader' in s),
        keyOnly: security.length > 0 && security.every((s) => 'apiKeyAuth' in s),
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path'),
        queryParams: (op.parameters ?? []).filter((p) => p.in === 'query'),
        bodySchema: op.requestBody?.content['application/json']?.schema,
        bodyRequired: op.requestBody?.required ?? false,
        statuses: Object.keys(op.responses),
        raw: op as unknown as Record<string, unknown>,
      });
    }
  }
  return operations;
}

export interface FuzzRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** JSON text (possibly broken, for negative cases), or undefined for no body. */
  body?: string;
  /** For negative cases: what was made invalid. */
  violation?: string;
  /** For an operation that takes an API key only. */
  keyOnly?: boolean;
}

export interface FuzzTarget {
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  headers: Record<string, string>;
  /** The credentials of operations that take an API key only (`x-api-key`). */
  keyHeaders?: Record<string, string>;
  /** Ids that exist in the target's tenant, so some generated paths hit real resources. */
  knownIds: string[];
}

function queryString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

function paramArbitrary(param: Parameter, knownIds: string[]): fc.Arbitrary<unknown> {
  const value = valueArbitrary(param.schema);
  return param.schema.format === 'uuid' && knownIds.length > 0 ? fc.oneof(fc.constantFrom(...knownIds), value) : value;
}

/** Requests that are valid against the operation's parameters and body schema. */
export function validRequests(operation: Operation, knownIds: string[]): fc.Arbitrary<FuzzRequest> {
  const path = fc.record(
    Object.fromEntries(operation.pathParams.map((p) => [p.name, paramArbitrary(p, knownIds).map(queryString)])),
  );
  const query = fc.record(
    Object.fromEntries(operation.queryParams.map((p) => [p.name, paramArbitrary(p, knownIds).map(queryString)])),
    { requiredKeys: operation.queryParams.filter((p) => p.required).map((p) => p.name) },
  );
  const body = operation.bodySchema
    ? operation.bodyRequired
      ? valueArbitrary(operation.bodySchema).map((b) => JSON.stringify(b))
      : fc.option(
          valueArbitrary(operation.bodySchema).map((b) => JSON.stringify(b)),
          { nil: undefined },
        )
    : fc.constant(undefined);
  return fc.record({ path, query, body }).map(({ path, query, body }) => ({
    method: operation.method,
    path: fillPath(operation.template, path as Record<string, string>),
    query: query as Record<string, string>,
    body,
    keyOnly: operation.keyOnly,
  }));
}

const ajv = new Ajv2020({ strict: false, validateFormats: true });
// Formats the server checks: a mutated value must break one of these to count as invalid.
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat(
  'date-time',
  (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)),
);
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
ajv.addFormat('uri', (s: string) => URL.canParse(s));
// Integer sizes: the bounds beside them already say what the server checks.
ajv.addFormat('int32', { type: 'number', validate: () => true });
ajv.addFormat('int64', { type: 'number', validate: () => true });

function isValid(schema: JsonSchema, value: unknown): boolean {
  return ajv.validate(schema, value) as boolean;
}

type Mutation = { value: unknown; violation: string };

/** Ways to make one field invalid; the caller keeps only mutations the schema really rejects. */
function fieldMutations(name: string, schema: JsonSchema): fc.Arbitrary<Mutation> {
  const options: fc.Arbitrary<Mutation>[] = [
    wrongTypeArbitrary(schema).map((value) => ({ value, violation: `${name}: wrong type` })),
  ];
  if (schema.enum) options.push(fc.constant({ value: 'NOT_A_VALUE', violation: `${name}: unknown enum value` }));
  if (schema.format)
    options.push(fc.constant({ value: 'not-a-valid-value', violation: `${name}: bad ${schema.format}` }));
  if (schema.maximum !== undefined)
    options.push(fc.constant({ value: schema.maximum + 1, violation: `${name}: above maximum` }));
  if (schema.minimum !== undefined)
    options.push(fc.constant({ value: schema.minimum - 1, violation: `${name}: below minimum` }));
  if (schema.maxLength !== undefined) {
    options.push(fc.constant({ value: 'x'.repeat(schema.maxLength + 1), violation: `${name}: too long` }));
  }
  if (schema.minLength) options.push(fc.constant({ value: '', violation: `${name}: too short` }));
  if (schema.maxItems !== undefined) {
    options.push(fc.constant({ value: Array(schema.maxItems + 1).fill(null), violation: `${name}: too many items` }));
  }
  return fc.oneof(...options);
}

/** Requests that each break the contract in one way; the server must answer 4xx problem+json. */
export function invalidRequests(operation: Operation, knownIds: string[]): fc.Arbitrary<FuzzRequest> {
  const candidates: fc.Arbitrary<FuzzRequest>[] = [];
  const base = validRequests(operation, knownIds);
  const schema = operation.bodySchema;
  if (schema) {
    const props = Object.entries(schema.properties ?? {});
    const bodyCase = fc
      .tuple(base, valueArbitrary(schema), fc.nat())
      .chain(([request, body, pick]) => {
        const object = body as Record<string, unknown>;
        const choices: fc.Arbitrary<FuzzRequest>[] = [
          fc.constant({ ...request, body: '{"broken": ', violation: 'body: malformed JSON' }),
          fc.constant({ ...request, body: JSON.stringify([object]), violation: 'body: an array instead of an object' }),
        ];
        const required = schema.required ?? [];
        if (required.length > 0) {
          const drop = required[pick % required.length]!;
          const { [drop]: _, ...rest } = object;
          choices.push(fc.constant({ ...request, body: JSON.stringify(rest), violation: `body.${drop}: missing` }));
        }
        if (schema.additionalProperties === false) {
          choices.push(
            fc.constant({
              ...request,
              body: JSON.stringify({ ...object, zz_unexpected: 1 }),
              violation: 'body: unknown field',
            }),
          );
        }
        if (props.length > 0) {
          const [name, fieldSchema] = props[pick % props.length]!;
          choices.push(
            fieldMutations(`body.${name}`, fieldSchema).map((m) => ({
              ...request,
              body: JSON.stringify({ ...object, [name]: m.value }),
              violation: m.violation,
            })),
          );
        }
        return fc.oneof(...choices);
      })
      .filter((request) => {
        if (request.violation === 'body: malformed JSON') return true;
        return !isValid(schema, JSON.parse(request.body!));
      });
    candidates.push(bodyCase);
  }
  for (const param of [...operation.queryParams, ...operation.pathParams]) {
    if (
      !param.schema.enum &&
      !param.schema.format &&
      param.schema.minimum === undefined &&
      param.schema.maximum === undefined
    ) {
      continue;
    }
    const mutation = fieldMutations(`${param.in}.${param.name}`, param.schema).filter(
      (m) =>
        m.value !== null &&
        typeof m.value !== 'object' &&
        !isValid(param.schema, coerce(param.schema, String(m.value))),
    );
    candidates.push(
      fc.tuple(base, mutation).map(([request, m]) => {
        if (param.in === 'query')
          return { ...request, query: { ...request.query, [param.name]: String(m.value) }, violation: m.violation };
        const path = request.path.split('/');
        const index = operation.template.split('/').indexOf(`{${param.name}}`);
        path[index] = encodeURIComponent(String(m.value));
        return { ...request, path: path.join('/'), violation: m.violation };
      }),
    );
  }
  return candidates.length > 0
    ? fc.oneof(...candidates)
    : fc.constant({ ...fc.sample(base, 1)[0]!, violation: 'none' });
}

/** Query strings reach the server as text: numbers are read as numbers before validation. */
function coerce(schema: JsonSchema, text: string): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if ((types.includes('integer') || types.includes('number')) && text.trim() !== '' && !Number.isNaN(Number(text))) {
    return Number(text);
  }
  return text;
}

/** The operation's documented example: path parameters from their examples (or `pathValues`), the example body. */
export function exampleRequest(op: Operation, pathValues: Record<string, string> = {}): FuzzRequest {
  const raw = op.raw as { parameters?: { name: string; in: string; schema: { example?: unknown } }[] };
  const path = op.template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const param = raw.parameters?.find((p) => p.in === 'path' && p.name === name);
    return pathValues[name] ?? String(param?.schema.example ?? '');
  });
  const body = (op.raw.requestBody as { content?: Record<string, { example?: unknown }> } | undefined)?.content?.[
    'application/json'
  ]?.example;
  const json = body === undefined ? undefined : JSON.stringify(body);
  return { method: op.method, path, query: {}, body: json, keyOnly: op.keyOnly };
}

export function toRequest(
  target: FuzzTarget,
  request: FuzzRequest,
  headers = request.keyOnly && target.keyHeaders ? target.keyHeaders : target.headers,
): Request {
  const url = new URL(request.path, target.baseUrl);
  for (const [key, value] of Object.entries(request.query)) url.searchParams.set(key, value);
  const all = new Headers(headers);
  if (request.body !== undefined) all.set('content-type', 'application/json');
  return new Request(url, { method: request.method, headers: all, body: request.body });
}

/** A command that sends the same request to a running server. */
export function curlFor(request: FuzzRequest, target: FuzzTarget): string {
  const url = new URL(request.path, 'http://localhost:3000');
  for (const [key, value] of Object.entries(request.query)) url.searchParams.set(key, value);
  const parts = [`curl -i -X ${request.method} '${url}'`, `-H "Authorization: Bearer $TOKEN"`];
  if ('x-tenant-id' in target.headers) parts.push(`-H "x-tenant-id: $TENANT_ID"`);
  if (request.body !== undefined) {
    parts.push(`-H 'content-type: application/json'`, `--data-raw '${request.body.replaceAll("'", "'\\''")}'`);
  }
  return parts.join(' \\\n  ');
}

export class FuzzFailure extends Error {}

export interface RunOptions {
  runs: number;
  seed: number;
}

/**
 * Runs `property` over `requests`; a failure names the operation, the check, the seed, and a curl line
 * that reproduces the shrunk counterexample.
 */
export async function runFuzz(
  check: string,
  operation: Operation,
  target: FuzzTarget,
  requests: fc.Arbitrary<FuzzRequest>,
  property: (request: FuzzRequest, response: Response) => Promise<void>,
  options: RunOptions,
): Promise<void> {
  const details = await fc.check(
    fc.asyncProperty(requests, async (request) => {
      const response = await target.fetch(toRequest(target, request));
      await property(request, response);
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: false },
  );
  if (!details.failed) return;
  const request = details.counterexample?.[0] as FuzzRequest | undefined;
  const cause = 'errorInstance' in details ? details.errorInstance : 'too many skipped or interrupted runs';
  const error = cause instanceof Error ? cause.message : String(cause);
  throw new FuzzFailure(
    [
      `${operation.id} (${operation.method} ${operation.template}) failed the ${check} check`,
      `seed ${options.seed}, after ${details.numRuns} runs${request?.violation ? `; violation: ${request.violation}` : ''}`,
      error,
      request ? `reproduce with:\n${curlFor(request, target)}` : '',
    ].join('\n'),
  );
}

/** Checks every fuzzed answer must pass, on top of the contract validator inside `target.fetch`. */
/**
 * A request the document allows never gets a 5xx, nor a 400 that calls it invalid: what the server checks, the
 * document states, so a client built from it cannot make a request the server refuses as malformed.
 */
export async function expectNoServerError(_: FuzzRequest, response: Response) {
  if (response.status >= 500) throw new Error(`answered ${response.status}: ${await response.text()}`);
  if (response.status === 400) {
    const problem = (await response.clone().json()) as { code?: string };
    if (problem.code === 'VALIDATION_FAILED' || problem.code === 'MALFORMED_JSON') {
      throw new Error(`a request the document allows was refused as invalid: ${await response.text()}`);
    }
  }
}

export async function expectClientError(request: FuzzRequest, response: Response) {
  if (response.status < 400 || response.status >= 500) {
    throw new Error(
      `an invalid request (${request.violation}) answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
    );
  }
  const type = response.headers.get('content-type');
  if (type !== 'application/problem+json') throw new Error(`answered ${response.status} as ${type}, not problem+json`);
}

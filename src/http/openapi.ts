import { z } from '@hono/zod-openapi';
import { jsonDepth, MAX_JSON_DEPTH } from '../domain/json.ts';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from './problem.ts';

/** A JSON response, with an example that the contract tests check against the schema. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string, example?: z.input<T>) {
  return {
    description,
    content: { 'application/json': example === undefined ? { schema } : { schema, example } },
  };
}

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T, description: string, example?: z.input<T>) {
  return {
    required: true,
    description,
    content: { 'application/json': example === undefined ? { schema } : { schema, example } },
  } as const;
}

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 502 | 503;

const DEFAULT_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'The request is invalid (`VALIDATION_FAILED` with field `errors`, or `MALFORMED_JSON`)',
  401: 'Missing, malformed, expired or wrongly signed token (`UNAUTHENTICATED`)',
  403: 'The token may not act in this tenant (`TENANT_ACCESS_DENIED`) or lacks the permission (`PERMISSION_DENIED`)',
  404: 'Not found',
  409: 'Conflict',
  413: 'The request body is larger than the limit (`PAYLOAD_TOO_LARGE`)',
  415: 'The request body is not `application/json` (`UNSUPPORTED_MEDIA_TYPE`)',
  502: 'An upstream service failed',
  503: 'A dependency is unavailable (`SERVICE_UNAVAILABLE`)',
};

/**
 * Documented problem responses. Pass the statuses an operation can answer; a string replaces the
 * default description with what this operation means by it.
 */
export function problems<S extends ErrorStatus>(statuses: Partial<Record<S, string | true>>) {
  const out = {} as Record<
    S,
    { description: string; content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof ProblemSchema } } }
  >;
  for (const [key, value] of Object.entries(statuses) as [string, string | true][]) {
    const status = Number(key) as S;
    out[status] = {
      description: value === true ? DEFAULT_DESCRIPTIONS[status] : value,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    };
  }
  return out;
}

/** Problems every secured operation can answer, plus the body ones for operations with a JSON body. */
export const securedProblems = { 400: true, 401: true, 403: true } as const;
export const bodyProblems = { 413: true, 415: true } as const;

export const UuidParam = (name: string, description: string, example: string) =>
  z.uuid().openapi({ param: { name, in: 'path', description }, example });

export const TIMESTAMP_EXAMPLE = '2025-01-16T09:00:00.000Z';

/** An ISO 8601 timestamp with a zone (`Z` or an offset), as the API accepts it. */
export const Timestamp = () => z.iso.datetime({ offset: true });

/** Any JSON object, stored as given; nesting is bounded so the database never has to refuse it. */
export const JsonObject = () =>
  z
    .record(z.string(), z.unknown())
    .refine((value) => jsonDepth(value) <= MAX_JSON_DEPTH, `Nested deeper than ${MAX_JSON_DEPTH} levels`);

/** A query flag that is exactly `true` or `false`: `?is_active=1` is a 400, not a silent guess. */
export const BooleanQuery = (description: string) =>
  z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({ description, example: 'true' });

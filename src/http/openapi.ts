import { z } from '@hono/zod-openapi';
import { deeperThan, MAX_JSON_DEPTH } from '../domain/json.ts';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from './problem.ts';
import { WINDOW_SECONDS } from './rate-limits.ts';

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

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 502 | 503;

export type ProblemDescriptions = Partial<Record<ErrorStatus, string>>;

/** Response header fields, declared once as components (`createApiRoutes`) and referenced by the responses. */
export const HEADER_COMPONENTS = {
  RateLimit: {
    description:
      'What is left of each rate limit, e.g. `"tenant";r=5990;t=42, "principal";r=1190;t=42`: requests remaining (`r`) and seconds until the window resets (`t`). Sent when rate limits are on (IETF draft-ietf-httpapi-ratelimit-headers)',
    schema: { type: 'string' },
  },
  'RateLimit-Policy': {
    description:
      'The rate limits, e.g. `"tenant";q=6000;w=60, "principal";q=1200;w=60`: a quota (`q`) of requests per window of `w` seconds. Sent when rate limits are on',
    schema: { type: 'string' },
  },
  ETag: {
    description:
      'A weak validator of this representation: sent back as `If-None-Match`, it gets 304 while the representation is current',
    required: true,
    schema: { type: 'string', pattern: '^W/"[A-Za-z0-9_-]{27}"$' },
  },
  'Retry-After': {
    description: 'Seconds to wait before a retry may succeed (at most a rate-limit window)',
    schema: { type: 'integer', minimum: 1, maximum: WINDOW_SECONDS },
  },
} as const;

type HeaderName = keyof typeof HEADER_COMPONENTS;

/** References to header components, for a response's `headers`. */
export function headerRefs(...names: HeaderName[]) {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

export interface ProblemResponse {
  description: string;
  content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof ProblemSchema } };
  headers?: ReturnType<typeof headerRefs>;
}

/** Header fields of the problems that carry them: a 429 says when to retry and which limit; a 503 when. */
const PROBLEM_HEADERS: Partial<Record<ErrorStatus, HeaderName[]>> = {
  429: ['Retry-After', 'RateLimit', 'RateLimit-Policy'],
  503: ['Retry-After'],
};

/** Documented problem responses: each status an operation can answer, with what it means there. */
export function problems<S extends ErrorStatus>(descriptions: Partial<Record<S, string>>): Record<S, ProblemResponse> {
  const out = {} as Record<S, ProblemResponse>;
  for (const [key, description] of Object.entries(descriptions) as [string, string][]) {
    const status = Number(key) as S;
    const headers = PROBLEM_HEADERS[status];
    out[status] = {
      description,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
      ...(headers && { headers: headerRefs(...headers) }),
    };
  }
  return out;
}

/** Every operation can fail unexpectedly. */
export const INTERNAL_ERROR_500 = 'An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`)';

export const UuidParam = (name: string, description: string, example: string) =>
  z.guid().openapi({ param: { name, in: 'path', description }, example });

export const TIMESTAMP_EXAMPLE = '2025-01-16T09:00:00.000Z';

/** The longest RFC 3339 timestamp with up to nanoseconds: `9999-12-31T23:59:59.123456789+14:00`. */
export const TIMESTAMP_MAX_LENGTH = 35;

/**
 * An ISO 8601 timestamp with a zone (`Z` or an offset), as the API accepts it: years 0001 to 9999, which
 * PostgreSQL stores and gives back as the same instant (year 0000 would come back as 1 BC's year 1).
 */
export const Timestamp = () =>
  z.iso
    .datetime({ offset: true })
    .regex(/^(?!0000)/, 'The year must be from 0001 to 9999')
    .max(TIMESTAMP_MAX_LENGTH)
    .openapi({ format: 'date-time' });

/**
 * Text that must say something: trimmed, then at least one character. The document states it as a pattern
 * (a visible character, and no NUL, which every string refuses: app.ts), so a client built from it never
 * sends a value the server would refuse.
 */
export const Text = (max: number) =>
  z
    .string()
    .regex(/\S/, 'Must not be blank')
    .trim()
    .max(max)
    .openapi({ pattern: '^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$' });

/**
 * An e-mail address as HTML defines it (what a browser's `type="email"` accepts: `o/b@example.com` is one),
 * stated in the document as a pattern beside `format: email`.
 */
export const Email = (message?: string, doc: { description?: string; example?: string } = {}) =>
  z
    .email({ pattern: z.regexes.html5Email, message })
    .max(320)
    .openapi({ pattern: z.regexes.html5Email.source, ...doc });

/** Any JSON object, stored as given; nesting is bounded so the database never has to refuse it. */
export const JsonObject = () =>
  z
    .record(z.string(), z.unknown())
    .refine((value) => !deeperThan(value, MAX_JSON_DEPTH), `Nested deeper than ${MAX_JSON_DEPTH} levels`);

/**
 * An integer query parameter, in decimal digits only: `?page=0x10` or `?page=1e1` is a 400, where `Number()`
 * would read 16 and 10. The document says `type: integer`, whose query form is decimal.
 */
export const QueryInt = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : value),
    z.int({ error: 'Must be an integer in decimal digits' }).min(min).max(max),
  );

/** A query flag that is exactly `true` or `false`: `?is_active=1` is a 400, not a silent guess. */
export const BooleanQuery = (description: string) =>
  z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({ description, example: 'true' });

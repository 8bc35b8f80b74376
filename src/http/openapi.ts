import { z } from '@hono/zod-openapi';
import { deeperThan, MAX_JSON_DEPTH } from '../domain/json.ts';
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

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 502 | 503;

export type ProblemDescriptions = Partial<Record<ErrorStatus, string>>;

export interface ProblemResponse {
  description: string;
  content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof ProblemSchema } };
}

/** Documented problem responses: each status an operation can answer, with what it means there. */
export function problems<S extends ErrorStatus>(descriptions: Partial<Record<S, string>>): Record<S, ProblemResponse> {
  const out = {} as Record<S, ProblemResponse>;
  for (const [status, description] of Object.entries(descriptions) as [string, string][]) {
    out[Number(status) as S] = { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } };
  }
  return out;
}

/** Every operation can fail unexpectedly. */
export const INTERNAL_ERROR_500 = 'An unexpected error; quote `requestId` when reporting it (`INTERNAL_ERROR`)';

export const UuidParam = (name: string, description: string, example: string) =>
  z.uuid().openapi({ param: { name, in: 'path', description }, example });

export const TIMESTAMP_EXAMPLE = '2025-01-16T09:00:00.000Z';

/**
 * An ISO 8601 timestamp with a zone (`Z` or an offset), as the API accepts it: years 0001 to 9999, which
 * PostgreSQL stores and gives back as the same instant (year 0000 would come back as 1 BC's year 1).
 */
export const Timestamp = () =>
  z.iso
    .datetime({ offset: true })
    .regex(/^(?!0000)/, 'The year must be from 0001 to 9999')
    .openapi({ format: 'date-time' });

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

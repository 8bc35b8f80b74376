import { hash } from 'node:crypto';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { HEADER_TEXT } from './cors.ts';
import { headerRefs } from './openapi.ts';
import { ApiError } from './problem.ts';
import type { AppEnv } from './types.ts';

/** The longest `If-None-Match` read: room for dozens of tags. */
const IF_NONE_MATCH_MAX_LENGTH = 1024;

/**
 * Conditional GETs of single resources (RFC 9110 §13): the answer carries a weak `ETag`, a hash of its JSON,
 * and a request whose `If-None-Match` names it gets 304 without a body. Weak, because compression changes the
 * bytes but not the representation. The JSON is written once and hashed, in the handler: a middleware reading
 * the finished answer would cost a Fetch Response per request (see http/middleware.ts).
 */
export function conditionalJson<T>(c: Context<AppEnv>, data: T): TypedResponse<JSONParsed<T>, 200, 'json'> {
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch !== undefined && (ifNoneMatch.length > IF_NONE_MATCH_MAX_LENGTH || !HEADER_TEXT.test(ifNoneMatch))) {
    const message = `At most ${IF_NONE_MATCH_MAX_LENGTH} characters of visible ASCII`;
    throw new ApiError('VALIDATION_FAILED', `If-None-Match: ${message}`, {
      errors: [{ path: 'header.if-none-match', message }],
    });
  }
  const body = JSON.stringify(data);
  const etag = `W/"${hash('sha1', body, 'base64url')}"`;
  const answer = matches(ifNoneMatch, etag)
    ? c.body(null, 304, { etag })
    : c.body(body, 200, { 'content-type': 'application/json', etag });
  // The 304 is declared beside the 200 (`conditional` routes, auth/authorize.ts); the handler's type names the 200.
  return answer as unknown as TypedResponse<JSONParsed<T>, 200, 'json'>;
}

/** `If-None-Match` by weak comparison: `*`, or a list of tags one of which is `etag`, with or without `W/`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.slice(2);
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

export const IF_NONE_MATCH_PARAMETER = {
  in: 'header',
  name: 'If-None-Match',
  required: false,
  description:
    'The `ETag` of the representation the client holds (or `*`): when it is still current, the answer is 304 without a body',
  schema: { type: 'string', maxLength: IF_NONE_MATCH_MAX_LENGTH, pattern: HEADER_TEXT.source },
} as const;

export const NOT_MODIFIED_RESPONSE = {
  description: "Not modified: the `If-None-Match` named the current representation's `ETag`; no body",
  headers: headerRefs('ETag'),
};

import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError, VALIDATION_TARGETS, validationErrors } from './problem.ts';
import type { AppEnv } from './types.ts';

/**
 * PostgreSQL text and jsonb cannot hold U+0000, so a valid-looking string with one would fail at the
 * database; it is found here instead, with its path. Keys are checked as well as values.
 */
function findNul(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = findNul(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Every router is made here, so every validation failure becomes the same 400 problem. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = validationErrors(result.target, result.error.issues);
        const summary = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
        throw new ApiError('VALIDATION_FAILED', `The request is invalid: ${summary}`, { errors });
      }
      const nul = findNul(result.data);
      if (nul) {
        const path = [VALIDATION_TARGETS[result.target] ?? result.target, ...nul].join('.');
        const message = 'Must not contain NUL (\\u0000) characters';
        throw new ApiError('VALIDATION_FAILED', `The request is invalid: ${path}: ${message}`, {
          errors: [{ path, message }],
        });
      }
    },
  });
}

import { OpenAPIHono } from '@hono/zod-openapi';
import { findNul } from '../domain/json.ts';
import { ApiError, fieldPath, validationErrors } from './problem.ts';
import type { AppEnv } from './types.ts';

/** Every router is made here, so every validation failure becomes the same 400 problem. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = validationErrors(result.target, result.error.issues);
        const summary = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
        throw new ApiError('VALIDATION_FAILED', `The request is invalid: ${summary}`, { errors });
      }
      // PostgreSQL text and jsonb cannot hold U+0000: refuse it here, with its path, not at the database.
      const nul = findNul(result.data);
      if (nul) {
        const path = fieldPath(result.target, nul);
        const message = 'Must not contain NUL (\\u0000) characters';
        throw new ApiError('VALIDATION_FAILED', `The request is invalid: ${path}: ${message}`, {
          errors: [{ path, message }],
        });
      }
    },
  });
}

import { OpenAPIHono } from '@hono/zod-openapi';
import { invalid } from '../domain/errors.ts';
import { findNul } from '../domain/json.ts';
import { fieldPath, validationErrors } from './problem.ts';
import type { AppEnv } from './types.ts';

/** Every router is made here, so every validation failure becomes the same 400 problem. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalid(validationErrors(result.target, result.error.issues));
      // PostgreSQL text and jsonb cannot hold U+0000: refuse it here, with its path, not at the database.
      const nul = findNul(result.data);
      if (nul) {
        throw invalid([{ path: fieldPath(result.target, nul), message: 'Must not contain NUL (\\u0000) characters' }]);
      }
    },
  });
}

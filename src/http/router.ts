import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError, validationErrors } from './problem.ts';
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
    },
  });
}

import { ping } from '../../db/sql.ts';
import { ApiError } from '../../http/problem.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type { HealthRoute, ReadyRoute } from './system.routes.ts';

export const health: AppRouteHandler<HealthRoute> = (c) => c.json({ status: 'ok' as const }, 200);

export const ready: AppRouteHandler<ReadyRoute> = async (c) => {
  try {
    await ping(c.get('deps').source.sql);
  } catch (err) {
    c.get('logger').warn({ err }, 'readiness check failed');
    throw new ApiError('SERVICE_UNAVAILABLE', 'The database does not answer');
  }
  return c.json({ status: 'ready' as const, database: 'ok' as const }, 200);
};

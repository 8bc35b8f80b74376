import { ping } from '../../db/sql.ts';
import { requestLogger } from '../../http/middleware.ts';
import { ApiError } from '../../http/problem.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type { HealthRoute, ReadyRoute } from './system.routes.ts';

export const health: AppRouteHandler<HealthRoute> = (c) => c.json({ status: 'ok' as const }, 200);

/** 503 at once while draining; otherwise the database must answer within READY_TIMEOUT_MS. */
export const ready: AppRouteHandler<ReadyRoute> = async (c) => {
  const { lifecycle, source, config } = c.get('deps');
  if (lifecycle.draining) throw new ApiError('SERVICE_UNAVAILABLE', 'The server is shutting down');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), config.readyTimeoutMs);
  });
  try {
    await Promise.race([ping(source.sql), late]);
  } catch (err) {
    requestLogger(c).warn({ err }, 'readiness check failed');
    throw new ApiError('SERVICE_UNAVAILABLE', `The database did not answer within ${config.readyTimeoutMs} ms`);
  } finally {
    clearTimeout(timer);
  }
  return c.json({ status: 'ready' as const, database: 'ok' as const }, 200);
};

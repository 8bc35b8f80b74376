import { createRoute, z } from '@hono/zod-openapi';
import { INTERNAL_ERROR_500, jsonResponse, problems } from '../../http/openapi.ts';

export const HealthSchema = z
  .object({ status: z.literal('ok').openapi({ description: 'Always `ok` while the process serves requests' }) })
  .openapi('Health');

export const ReadinessSchema = z
  .object({
    status: z.literal('ready').openapi({ description: '`ready` once the database answers' }),
    database: z.literal('ok'),
  })
  .openapi('Readiness');

export const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['System'],
  summary: 'Liveness',
  description: 'Answers as long as the process serves HTTP; it does not touch the database. No authentication.',
  security: [],
  responses: { 200: jsonResponse(HealthSchema, 'The process is alive', { status: 'ok' }) },
});

export const ready = createRoute({
  method: 'get',
  path: '/ready',
  operationId: 'getReadiness',
  tags: ['System'],
  summary: 'Readiness',
  description:
    'Answers 200 when the database answers a query within `READY_TIMEOUT_MS` (1.5 s by default), 503 with `Retry-After` otherwise, and 503 at once while the server shuts down (so load balancers stop routing to it). No authentication.',
  security: [],
  responses: {
    200: jsonResponse(ReadinessSchema, 'Ready to serve', { status: 'ready', database: 'ok' }),
    ...problems({
      500: INTERNAL_ERROR_500,
      503: 'The database did not answer in time, or the server is shutting down (`SERVICE_UNAVAILABLE`, with `Retry-After`)',
    }),
  },
});

export type HealthRoute = typeof health;
export type ReadyRoute = typeof ready;

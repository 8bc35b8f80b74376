import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, problems } from '../../http/openapi.ts';

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
  description: 'Answers 200 when the database answers a query, 503 otherwise. No authentication.',
  security: [],
  responses: {
    200: jsonResponse(ReadinessSchema, 'Ready to serve', { status: 'ready', database: 'ok' }),
    ...problems({ 503: 'The database does not answer (`SERVICE_UNAVAILABLE`)' }),
  },
});

export type HealthRoute = typeof health;
export type ReadyRoute = typeof ready;

// The fuzzer tested on deliberately broken servers: it must catch each kind of contract violation.
import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { toProblem } from '../../src/http/errors.ts';
import { jsonBody, jsonResponse, problems } from '../../src/http/openapi.ts';
import { problemResponse } from '../../src/http/problem.ts';
import { createRouter } from '../../src/http/router.ts';
import { createResponseValidator } from '../response-validator.ts';
import {
  expectClientError,
  expectNoServerError,
  type FuzzTarget,
  invalidRequests,
  operationsOf,
  runFuzz,
  validRequests,
} from './fuzz-engine.ts';

const Thing = z.strictObject({ name: z.string().min(1).max(20), size: z.int().min(1).max(10) });
const Out = z.object({ id: z.string(), name: z.string() });

function thingRoute() {
  return createRoute({
    method: 'post',
    path: '/things',
    operationId: 'createThing',
    summary: 'Create a thing',
    request: { body: jsonBody(Thing, 'A thing') },
    responses: { 200: jsonResponse(Out, 'The thing'), ...problems({ 400: 'Invalid', 415: 'Not JSON' }) },
  });
}

async function serverWith(handler: (body: z.infer<typeof Thing>) => unknown, validate = true) {
  const app = createRouter();
  app.onError((err, c) => {
    const problem = toProblem(err);
    return problemResponse(c, problem.code, problem.detail);
  });
  const route = thingRoute();
  if (validate) {
    app.openapi(route, (c) => c.json(handler(c.req.valid('json')) as never, 200));
  } else {
    // Documented but never validated: a server that accepts whatever it is sent.
    app.openAPIRegistry.registerPath(route);
    app.post('/things', async (c) => c.json(handler(await c.req.json().catch(() => ({}))) as never, 200));
  }
  const document = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Broken', version: '0' } });
  const check = await createResponseValidator(document as never);
  const [operation] = await operationsOf(document);
  const target: FuzzTarget = {
    baseUrl: 'http://broken.local',
    headers: {},
    knownIds: [],
    fetch: async (request) => {
      const response = await app.request(request);
      await check(request.method, new URL(request.url).pathname, response);
      return response;
    },
  };
  return { operation: operation!, target };
}

const options = { runs: 30, seed: 7 };

describe('the fuzzer catches', () => {
  it('a handler that throws (5xx)', async () => {
    const { operation, target } = await serverWith(() => {
      throw new Error('boom');
    });
    const run = runFuzz('positive', operation, target, validRequests(operation, []), expectNoServerError, options);
    await expect(run).rejects.toThrow(
      /createThing \(POST \/things\) failed the positive check[\s\S]*seed 7[\s\S]*curl -i -X POST/,
    );
  });

  it('a response that breaks its declared schema', async () => {
    const { operation, target } = await serverWith((body) => ({ id: 42, name: body.name }));
    const run = runFuzz('positive', operation, target, validRequests(operation, []), expectNoServerError, options);
    await expect(run).rejects.toThrow(/body does not match the schema/);
  });

  it('a server that accepts invalid input', async () => {
    const { operation, target } = await serverWith((body) => ({ id: 'x', name: String(body?.name) }), false);
    const run = runFuzz('negative', operation, target, invalidRequests(operation, []), expectClientError, options);
    await expect(run).rejects.toThrow(/an invalid request \(.+\) answered 200/);
  });

  it('and passes a correct server', async () => {
    const { operation, target } = await serverWith((body) => ({ id: 'x', name: body.name }));
    await runFuzz('positive', operation, target, validRequests(operation, []), expectNoServerError, options);
    await runFuzz('negative', operation, target, invalidRequests(operation, []), expectClientError, options);
  });
});

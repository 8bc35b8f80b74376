import { readFile } from 'node:fs/promises';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_FILES, renderContract } from '../scripts/contract.ts';
import { buildDocument } from '../src/app.ts';
import { send, setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

const document = buildDocument();
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item ?? {}).map(([method, op]) => ({ path, method, op: op as Record<string, unknown> })),
);

describe('the committed contract', () => {
  it.each(Object.entries(CONTRACT_FILES))(
    '%s (%s) matches what the code generates: run `npm run generate`',
    async (name, path) => {
      const rendered = await renderContract();
      expect(await readFile(path, 'utf8')).toBe(rendered[name as keyof typeof CONTRACT_FILES]);
    },
  );

  it('validates as OpenAPI 3.1 (swagger-parser)', async () => {
    const committed = JSON.parse(await readFile(CONTRACT_FILES.openapi, 'utf8'));
    await expect(SwaggerParser.validate(committed)).resolves.toBeTruthy();
    expect(committed.openapi).toBe('3.1.0');
  });

  it('is what GET /openapi.json serves', async () => {
    const res = await send(ctx, 'GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(await readFile(CONTRACT_FILES.openapi, 'utf8')));
  });
});

describe.each(operations)('$method $path', ({ op }) => {
  it('has an operationId, a summary, a description and a tag', () => {
    expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.summary).toBeTruthy();
    expect(op.description).toBeTruthy();
    expect((op.tags as string[]).length).toBeGreaterThan(0);
  });

  it('declares its security, and its permission when secured', () => {
    const security = op.security as Record<string, string[]>[];
    expect(security).toBeDefined();
    if (security.length > 0) {
      // Who-am-I is for any authenticated caller, and says so.
      if (op.operationId !== 'getMe') expect(op['x-permission']).toBeTruthy();
      expect(Object.keys(op.responses as object)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  it('has an example for every success response and for its body', () => {
    const responses = op.responses as Record<string, { content?: Record<string, { example?: unknown }> }>;
    for (const [status, response] of Object.entries(responses)) {
      if (!status.startsWith('2') || !response.content) continue;
      for (const media of Object.values(response.content)) expect(media.example, `response ${status}`).toBeDefined();
    }
    const body = op.requestBody as { content: Record<string, { example?: unknown }> } | undefined;
    for (const media of Object.values(body?.content ?? {})) expect(media.example, 'request body').toBeDefined();
  });

  it('declares 413 and 415 when it takes a body, and problem+json for every error', () => {
    const responses = op.responses as Record<string, { content?: Record<string, unknown> }>;
    if (op.requestBody) expect(Object.keys(responses)).toEqual(expect.arrayContaining(['400', '413', '415']));
    for (const [status, response] of Object.entries(responses)) {
      if (Number(status) >= 400) expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
    }
  });
});

describe('the committed migrations', () => {
  it('build exactly the schema the entities describe', async () => {
    // As the owner: the app role may not see every table's constraints in the catalog's views.
    const diff = await ctx.owner.schema.getUpdateSchemaSQL({ wrap: false });
    // Migrations create functions the ORM does not model (reten_*): the search's folding and matching, and
    // the dispatcher's SECURITY DEFINER read across tenants.
    const relevant = diff
      .split('\n')
      .filter((line) => line.trim() && !/"reten_\w+"/.test(line))
      .join('\n');
    expect(relevant).toBe('');
  });
});

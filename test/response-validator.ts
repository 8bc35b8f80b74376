import { createRequire } from 'node:module';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { buildDocument } from '../src/app.ts';

type Document = ReturnType<typeof buildDocument>;
// ajv-formats is CommonJS whose types describe an ESM default export; require() gets the function itself.
const addFormats = createRequire(import.meta.url)('ajv-formats') as typeof import('ajv-formats').default;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: Map<string, Map<string, ValidateFunction>>;
}

export class ContractViolation extends Error {}

/** Served beside the API but not part of it: the document itself and the reference page. */
const UNDOCUMENTED_ASSETS = new Set(['/openapi.json', '/docs', '/docs/scalar.js']);

/**
 * Checks real responses against the document: the status must be declared for the operation, the
 * content type must be the declared one, and the body must validate against the declared schema.
 */
export async function createResponseValidator(document: Document) {
  const deref = (await SwaggerParser.dereference(structuredClone(document) as never)) as unknown as Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(deref.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {})) {
      if (!['get', 'post', 'put', 'patch', 'delete', 'options'].includes(method)) continue;
      const responses = new Map<string, Map<string, ValidateFunction>>();
      for (const [status, response] of Object.entries(
        (op as { responses: Record<string, { content?: Record<string, { schema: object }> }> }).responses,
      )) {
        const byType = new Map<string, ValidateFunction>();
        for (const [type, media] of Object.entries(response.content ?? {})) byType.set(type, ajv.compile(media.schema));
        responses.set(status, byType);
      }
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        params: (template.match(/\{/g) ?? []).length,
        responses,
      });
    }
  }
  // Literal segments win over parameters: /api/activities/tasks before /api/activities/{id}.
  operations.sort((a, b) => a.params - b.params);
  const validateProblem = ajv.compile(deref.components?.schemas?.Problem ?? {});

  return async function check(method: string, path: string, response: Response): Promise<void> {
    const where = `${method} ${path} -> ${response.status}`;
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    const text = await response.clone().text();
    // The most specific documented path decides, as in the router: a literal segment beats a parameter.
    const template = operations.find((o) => o.pattern.test(path))?.template;
    const op = operations.find((o) => o.template === template && o.method === method);
    if (!op) {
      if (UNDOCUMENTED_ASSETS.has(path) && response.status === 200) return;
      // Unknown endpoints and undeclared methods answer 404/405 problems, which no operation declares.
      if (![404, 405].includes(response.status) || contentType !== 'application/problem+json') {
        throw new ContractViolation(`${where}: no operation matches, and the answer is not a 404/405 problem`);
      }
      if (!validateProblem(JSON.parse(text))) throw new ContractViolation(`${where}: invalid problem body`);
      return;
    }
    const declared = op.responses.get(String(response.status));
    if (!declared) {
      throw new ContractViolation(
        `${where}: status not declared for ${op.method} ${op.template}; body: ${text.slice(0, 500)}`,
      );
    }
    if (declared.size === 0) {
      if (text.length > 0) throw new ContractViolation(`${where}: declared without a body, but has one`);
      return;
    }
    const validate = declared.get(contentType);
    if (!validate) throw new ContractViolation(`${where}: content type "${contentType}" not declared`);
    const body = JSON.parse(text);
    if (!validate(body)) {
      throw new ContractViolation(
        `${where}: body does not match the schema: ${ajv.errorsText(validate.errors)}; body: ${text.slice(0, 500)}`,
      );
    }
  };
}

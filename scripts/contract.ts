import openapiTS, { astToString } from 'openapi-typescript';
import { buildDocument } from '../src/app.ts';

export const CONTRACT_FILES = {
  openapi: 'openapi/openapi.json',
  types: 'packages/client/src/schema.ts',
} as const;

const TYPES_HEADER =
  '// Generated from openapi/openapi.json by `npm run generate` (openapi-typescript). Do not edit.\n\n';

/** The committed contract as the code defines it: the document and the client types made from it. */
export async function renderContract(): Promise<Record<keyof typeof CONTRACT_FILES, string>> {
  const document = buildDocument();
  const openapi = `${JSON.stringify(document, null, 2)}\n`;
  // openapi-typescript reads the document from a copy, so the served object is never mutated.
  // defaultNonNullable off: a request field with a default is still optional for the client.
  const ast = await openapiTS(JSON.parse(openapi), {
    alphabetize: false,
    exportType: false,
    defaultNonNullable: false,
  });
  return { openapi, types: TYPES_HEADER + astToString(ast) };
}

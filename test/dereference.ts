import type { Ajv2020 } from 'ajv/dist/2020.js';

const JSON_VALUE_REF = '#/components/schemas/JsonValue';
/** Where an ajv instance finds the document's JsonValue (`withJsonValue`). */
const JSON_VALUE_ID = 'urn:reten:json-value';

/**
 * The document with every `$ref` replaced by its target, but for JsonValue, the one recursive schema (a free-form
 * value): its references stay, pointing at JSON_VALUE_ID, for ajv to follow. (A general dereferencer either builds
 * cycles there or, told to ignore them, leaves other references too.)
 */
export function dereference<T extends object>(document: T): T {
  const resolved = new Map<string, unknown>();
  const target = (ref: string): unknown => {
    if (!resolved.has(ref)) {
      const found = ref
        .slice(2)
        .split('/')
        .reduce<unknown>(
          (node, key) => (node as Record<string, unknown>)[key.replaceAll('~1', '/').replaceAll('~0', '~')],
          document,
        );
      resolved.set(ref, inline(found));
    }
    return resolved.get(ref);
  };
  const inline = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(inline);
    if (typeof node !== 'object' || node === null) return node;
    const { $ref, ...rest } = node as { $ref?: unknown } & Record<string, unknown>;
    const own = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inline(value)]));
    if (typeof $ref !== 'string') return own;
    if ($ref === JSON_VALUE_REF) return { ...own, $ref: JSON_VALUE_ID };
    return { ...(target($ref) as object), ...own };
  };
  return inline(document) as T;
}

/** Adds the dereferenced document's JsonValue to `ajv`, so schemas that refer to it compile. */
export function withJsonValue(ajv: Ajv2020, deref: { components?: { schemas?: Record<string, unknown> } }): Ajv2020 {
  if (!ajv.getSchema(JSON_VALUE_ID)) {
    ajv.addSchema({ ...(deref.components?.schemas?.JsonValue as object), $id: JSON_VALUE_ID });
  }
  return ajv;
}

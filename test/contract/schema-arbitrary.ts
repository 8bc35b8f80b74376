import fc from 'fast-check';

/** The JSON Schema subset the document uses (OpenAPI 3.1 schemas, dereferenced). */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  minProperties?: number;
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** Keeps generated values small: fuzzing is about shapes and edges, not volume. */
const CAP = { string: 40, items: 3 };

function formatArbitrary(format: string | undefined): fc.Arbitrary<string> | undefined {
  switch (format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc
        .date({
          min: new Date('1970-01-01T00:00:00.000Z'),
          max: new Date('2100-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
  }
  return undefined;
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
  const bounded = fc.string({
    minLength,
    maxLength: Math.max(minLength, Math.min(schema.maxLength ?? CAP.string, minLength + CAP.string)),
    unit: 'grapheme',
  });
  // A pattern's generator knows nothing of lengths (a long minimum would starve the filter below), and plain
  // strings rarely match a narrow pattern: draw from both.
  const generated =
    formatArbitrary(schema.format) ?? (pattern ? fc.oneof(fc.stringMatching(pattern), bounded) : bounded);
  // A format's or a pattern's generator knows nothing of the schema's other keywords: keep what they all allow.
  return generated.filter(
    (value) =>
      value.length >= minLength &&
      value.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY) &&
      (!pattern || pattern.test(value)),
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : -1e9);
  const max =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 1e-6) : 1e9);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length === 0 && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), valueArbitrary(schema.additionalProperties), {
      maxKeys: CAP.items,
    });
  }
  const model = Object.fromEntries(keys.map((key) => [key, valueArbitrary(properties[key] ?? {})]));
  const record = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in model) }) as fc.Arbitrary<
    Record<string, unknown>
  >;
  const least = schema.minProperties ?? 0;
  return least > 0 ? record.filter((value) => Object.keys(value).length >= least) : record;
}

/**
 * One alternative of an `anyOf`/`oneOf`: the alternative itself, or, when the schema describes the value and the
 * alternatives only constrain it (e.g. `anyOf: [{ required: ['a'] }, { required: ['b'] }]`), the two merged.
 */
function alternative(schema: JsonSchema, choice: JsonSchema): JsonSchema {
  const { anyOf: _, oneOf: __, ...own } = schema;
  if (!own.type && !own.properties) return choice;
  return {
    ...own,
    ...choice,
    properties: { ...own.properties, ...choice.properties },
    required: [...new Set([...(own.required ?? []), ...(choice.required ?? [])])],
  };
}

/** A fast-check arbitrary of values valid against `schema`. */
export function valueArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => valueArbitrary(alternative(schema, choice))));
  if (schema.allOf?.length) return valueArbitrary(Object.assign({}, ...schema.allOf));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => valueArbitrary({ ...schema, type })));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? CAP.items, CAP.items));
      return fc.array(valueArbitrary(schema.items ?? {}), { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(schema);
    default:
      return schema.properties ? objectArbitrary(schema) : fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values of the wrong JSON type for `schema` (a string where a number goes, an array for an object...). */
export function wrongTypeArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = new Set(Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);
  const all: [string, fc.Arbitrary<unknown>][] = [
    ['string', fc.string({ maxLength: 5 })],
    ['number', fc.double({ noNaN: true, noDefaultInfinity: true })],
    ['boolean', fc.boolean()],
    ['array', fc.array(fc.integer(), { maxLength: 2 })],
    ['object', fc.constant({ unexpected: true })],
    ['null', fc.constant(null)],
  ];
  const candidates = all.filter(([type]) => !types.has(type) && !(type === 'number' && types.has('integer')));
  return fc.oneof(...candidates.map(([, arbitrary]) => arbitrary));
}

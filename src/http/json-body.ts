import type { MiddlewareHandler } from 'hono';
import type { FieldError } from '../domain/errors.ts';
import { MAX_JSON_DEPTH } from '../domain/json.ts';
import { ApiError } from './problem.ts';
import type { AppEnv } from './types.ts';

/**
 * Deepest nesting of a whole request body: a free-form field may nest MAX_JSON_DEPTH levels below the few
 * levels of the schema's own structure (e.g. `items[].metadata`), where zod reports it precisely.
 */
export const MAX_BODY_DEPTH = MAX_JSON_DEPTH + 8;

interface Frame {
  kind: 'object' | 'array';
  /** Keys seen so far in an object. */
  keys: Set<string>;
  /** The current key (object) or index (array): the frame's part of the path. */
  at: string;
  expectKey: boolean;
}

/** The index of the quote that closes the string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '"') return i;
  }
  return -1;
}

/**
 * What JSON.parse accepts but this API refuses, found in one iterative pass over the text (so no depth can
 * overflow a stack): nesting deeper than `maxDepth`, a key twice in one object (JSON.parse would keep the
 * last silently), and escaped lone surrogates (`"\ud800"`, not Unicode text). Malformed JSON is left to
 * JSON.parse to report; the pass only needs to be right about well-formed text.
 */
export function jsonTextProblem(text: string, maxDepth: number): FieldError | undefined {
  const frames: Frame[] = [];
  const pathTo = () => ['body', ...frames.map((f) => f.at)].join('.');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = frames.at(-1);
    if (ch === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return undefined;
      let value = text.slice(i + 1, end);
      if (value.includes('\\')) {
        try {
          value = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          return undefined;
        }
        if (!value.isWellFormed()) {
          return { path: pathTo(), message: 'Contains a lone surrogate escape, which is not Unicode text' };
        }
      }
      if (top?.kind === 'object' && top.expectKey) {
        top.at = value;
        if (top.keys.has(value)) return { path: pathTo(), message: 'The same key appears twice in this object' };
        top.keys.add(value);
        top.expectKey = false;
      }
      i = end;
    } else if (ch === '{' || ch === '[') {
      if (frames.length >= maxDepth) return { path: pathTo(), message: `Nested deeper than ${maxDepth} levels` };
      frames.push({ kind: ch === '{' ? 'object' : 'array', keys: new Set(), at: '0', expectKey: ch === '{' });
    } else if (ch === '}' || ch === ']') {
      frames.pop();
    } else if (ch === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.at = String(Number(top.at) + 1);
    }
  }
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Reads a JSON request body strictly, before the route's zod validation parses it: UTF-8 only (400 on
 * invalid bytes, where `Request.text()` would silently store U+FFFD), then `jsonTextProblem`. It runs after
 * authorization, so a caller without access learns nothing from body errors. Other media types pass on to
 * the validator, which answers 415.
 */
export const strictJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? '')) return next();
  const bytes = await c.req.arrayBuffer();
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ApiError('MALFORMED_JSON', 'The request body is not valid UTF-8');
  }
  const problem = jsonTextProblem(text, MAX_BODY_DEPTH);
  if (problem) {
    throw new ApiError('VALIDATION_FAILED', `The request is invalid: ${problem.path}: ${problem.message}`, {
      errors: [problem],
    });
  }
  // The validator reads the body through `c.req.json()`, which parses Hono's cached text (a promise).
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
  return next();
};

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
  isObject: boolean;
  /** Keys seen so far in an object. */
  keys: Set<string>;
  /** The current key (object) or index (array): the frame's part of the path. */
  key: string;
  index: number;
  expectKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/** Whether the quote at `at` is escaped: an odd run of backslashes before it. */
function escapedAt(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * What JSON.parse accepts but this API refuses, found in one iterative pass over the text (so no depth can
 * overflow a stack): nesting deeper than `maxDepth`, a key twice in one object (JSON.parse would keep the
 * last silently), and escaped lone surrogates (`"\ud800"`, not Unicode text). Malformed JSON is left to
 * JSON.parse to report; the pass only needs to be right about well-formed text. Strings are skipped with
 * `indexOf` and only keys and escaped strings are read: the pass runs on every body.
 */
export function jsonTextProblem(text: string, maxDepth: number): FieldError | undefined {
  const frames: Frame[] = [];
  let top: Frame | undefined;
  const pathTo = () => ['body', ...frames.map((f) => (f.isObject ? f.key : String(f.index)))].join('.');
  // The next backslash at or after the scan: found once per backslash, so the pass stays linear.
  let nextBackslash = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escapedAt(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return undefined;
      if (nextBackslash !== Infinity && nextBackslash <= i) {
        const found = text.indexOf('\\', i + 1);
        nextBackslash = found === -1 ? Infinity : found;
      }
      const escaped = nextBackslash < end;
      // The object whose key this string is, if it is one.
      const keyOf = top?.isObject && top.expectKey ? top : undefined;
      if (escaped || keyOf) {
        let value = text.slice(i + 1, end);
        if (escaped) {
          try {
            value = JSON.parse(text.slice(i, end + 1)) as string;
          } catch {
            return undefined;
          }
          if (!value.isWellFormed()) {
            return { path: pathTo(), message: 'Contains a lone surrogate escape, which is not Unicode text' };
          }
        }
        if (keyOf) {
          keyOf.key = value;
          if (keyOf.keys.has(value)) return { path: pathTo(), message: 'The same key appears twice in this object' };
          keyOf.keys.add(value);
          keyOf.expectKey = false;
        }
      }
      i = end;
    } else if (ch === OPEN_OBJECT || ch === OPEN_ARRAY) {
      if (frames.length >= maxDepth) return { path: pathTo(), message: `Nested deeper than ${maxDepth} levels` };
      const isObject = ch === OPEN_OBJECT;
      top = { isObject, keys: new Set(), key: '', index: 0, expectKey: isObject };
      frames.push(top);
    } else if (ch === CLOSE_OBJECT || ch === CLOSE_ARRAY) {
      frames.pop();
      top = frames.at(-1);
    } else if (ch === COMMA && top) {
      if (top.isObject) top.expectKey = true;
      else top.index++;
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

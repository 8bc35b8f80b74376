/** Checks for JSON that PostgreSQL cannot store or that is unreasonable to store. */

/** The path to the first string (value or key) holding U+0000, which text and jsonb columns refuse. */
export function findNul(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = findNul(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

export function jsonDepth(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, jsonDepth(child));
  return deepest + 1;
}

export const MAX_JSON_DEPTH = 32;

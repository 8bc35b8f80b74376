import { resolve } from 'node:path';

/** The repository's root, where the bench keeps its data (`.data/`) and publishes (README.md, bench/). */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A path from the command line, taken relative to where npm was invoked (npm runs a workspace's scripts in
 * its own folder and names the caller's in INIT_CWD); when none is given, `fallback` under the root.
 */
export function benchPath(given: string | undefined, fallback: string): string {
  return given === undefined ? resolve(ROOT, fallback) : resolve(process.env.INIT_CWD ?? process.cwd(), given);
}

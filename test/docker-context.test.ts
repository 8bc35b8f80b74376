// The build context .dockerignore leaves: what `docker build .` would send to a daemon (issue 18, point 6).
// No daemon runs here, so the context is computed by Docker's matching rules (@balena/dockerignore).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dockerignore from '@balena/dockerignore';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildContext, copies, dockerfileStages, ROOT } from './docker-build.ts';

const context = buildContext();
const paths = [...context.keys()];
const bytes = [...context.values()].reduce((sum, size) => sum + size, 0);
/** Whether the context holds `path`, as a file or as a folder with files. */
const holds = (path: string) => context.has(path) || paths.some((p) => p.startsWith(`${path}/`));

describe('the build context', () => {
  it('is small: no dependencies, data, history or test output', () => {
    console.log(`build context: ${paths.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    for (const left of ['node_modules', '.data', '.git', '.env', 'test', 'bench', 'coverage', 'docs']) {
      expect(holds(left), left).toBe(false);
    }
  });

  it('leaves them out even where they do not exist in this checkout', () => {
    // The walk above sees only what is here now; the rules must also hold for what a checkout may gain.
    const ignored = dockerignore.default({ ignorecase: false }).add(readFileSync(join(ROOT, '.dockerignore'), 'utf8'));
    for (const path of [
      'node_modules/pg/package.json',
      '.data/postgres/PG_VERSION',
      '.data/jwt-secret',
      '.git/HEAD',
      '.env',
      'test/artifacts/page.png',
      'bench/results.json',
      '.data/bench-results/results.json',
      'coverage/index.html',
      'src/app.test.ts',
      'npm-debug.log',
    ]) {
      expect(ignored.ignores(path), path).toBe(true);
    }
  });

  it('holds every file the Dockerfile copies from it', () => {
    const sources = dockerfileStages()
      .flatMap(copies)
      .filter((copy) => copy.from === undefined)
      .flatMap((copy) => copy.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(holds(source), source).toBe(true);
  });

  it('holds what the image runs: the server, the worker, the migration job and the token script', () => {
    const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true });
    const scripts = ['src/main.ts', 'src/worker.ts', 'scripts/token.ts'];
    for (const service of Object.values<{ command?: string[] }>(compose.services)) {
      scripts.push(...(service.command ?? []).filter((word) => word.endsWith('.ts')));
    }
    for (const script of scripts) expect(context.has(script), script).toBe(true);
  });

  it('leaves out what the server never loads: its tests, and the client package', () => {
    expect(paths.filter((p) => p.endsWith('.test.ts'))).toEqual([]);
    expect(holds('packages')).toBe(false);
  });
});

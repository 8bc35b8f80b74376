// The rules of ARCHITECTURE.md that a reader could break without noticing, checked on the source.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sources().map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

function importsOf(file: { path: string; text: string }): string[] {
  return [...file.text.matchAll(/^import[^;]*?from '(\.[^']+)'/gms)].map((m) =>
    relative(SRC, resolve(SRC, dirname(file.path), m[1]!)),
  );
}

/** `modules/<name>` for a module's files, else the top folder (`db`, `http`, ...) or `.` for src/ itself. */
function unitOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'modules') return `modules/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : '.';
}

describe('the code follows its architecture', () => {
  it('has no import loop between module folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of files) {
      const from = unitOf(file.path);
      for (const target of importsOf(file).map(unitOf)) {
        if (target !== from && from.startsWith('modules/') && target.startsWith('modules/')) {
          edges.set(from, (edges.get(from) ?? new Set()).add(target));
        }
      }
    }
    const loops: string[] = [];
    const visit = (unit: string, path: string[]) => {
      for (const next of edges.get(unit) ?? []) {
        if (path.includes(next)) loops.push([...path.slice(path.indexOf(next)), next].join(' -> '));
        else visit(next, [...path, next]);
      }
    };
    for (const unit of edges.keys()) visit(unit, [unit]);
    expect(loops).toEqual([]);
  });

  it('writes plain SQL only in *.queries.ts files and db/', () => {
    const statement = /['"`]\s*(select|insert into|update \w+ set|delete from|with \w+ as \()\s/i;
    const writers = files
      .filter((f) => !f.path.endsWith('.queries.ts') && !f.path.startsWith('db/'))
      .filter((f) => statement.test(f.text))
      .map((f) => f.path);
    expect(writers).toEqual([]);
  });

  it('keeps the ORM out of handlers: they call services and queries with a context', () => {
    const handlers = files.filter((f) => f.path.endsWith('.handlers.ts'));
    expect(handlers.length).toBeGreaterThan(5);
    const touching = handlers.filter((f) => /@mikro-orm|\.entity\.ts'|\.em\b|getConnection/.test(f.text));
    expect(touching.map((f) => f.path)).toEqual([]);
  });
});

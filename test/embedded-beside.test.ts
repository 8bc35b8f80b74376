// `npm run worker` and `npm run migrate` beside a running dev server use its embedded PostgreSQL instead of
// failing on the locked data folder (issue 18, point 5).
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { embeddedUrlFile, openDatabase } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('a second process on the same data folder', () => {
  it("uses the running server's embedded database, and leaves it running when it stops", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'reten-beside-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
    });
    const logger = createLogger('silent');
    const server = await openDatabase(config, logger);
    try {
      const url = (await readFile(embeddedUrlFile(dataDir), 'utf8')).trim();
      expect(url).toBe(`postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/reten`);
      const beside = await openDatabase(config, logger);
      await beside.orm.em.getConnection().execute('select 1');
      await beside.close();
      // The server's database still answers, and still advertises itself.
      expect(await server.orm.em.getConnection().execute('select 1 as one')).toEqual([{ one: 1 }]);
      expect((await readFile(embeddedUrlFile(dataDir), 'utf8')).trim()).toBe(url);
    } finally {
      await server.close();
    }
    // Gone with the server that started it.
    await expect(readFile(embeddedUrlFile(dataDir), 'utf8')).rejects.toThrow();
  }, 60_000);
});

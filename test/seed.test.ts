// `npm run seed` (issue 18, point 10): demo tenants with realistic activities, readable through the API with the
// token it prints; a second run adds nothing, a larger count tops up.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countersExact } from '../scripts/dataset.ts';
import { send, setupApp, TEST_SECRET, type TestContext } from './harness.ts';

const SEED = join(import.meta.dirname, '../scripts/seed.ts');

/** Runs the command as a user would, on `url`, and reads back what it printed. */
async function seed(url: string, activities: number) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [SEED, '--tenants', '2', '--activities', String(activities), '--database-url', url],
    { env: { ...process.env, JWT_SECRET: TEST_SECRET }, timeout: 60_000 },
  );
  const tenants = [...stdout.matchAll(/tenant \d+ +(\S+) +([\d,]+) activities \((.*)\)/g)].map((m) => ({
    id: m[1]!,
    count: Number(m[2]!.replace(/,/g, '')),
    did: m[3]!,
  }));
  const ready = /curl -H "Authorization: Bearer (\S+)" -H "x-tenant-id: (\S+)" "http:\/\/localhost:\d+(\S+)"/.exec(
    stdout,
  );
  expect(ready, stdout).not.toBeNull();
  return { stdout, tenants, token: ready![1]!, tenantId: ready![2]!, path: ready![3]! };
}

describe('npm run seed', () => {
  // A database of its own, not yet migrated, as a given --database-url may be.
  const name = `reten_seed_${process.pid}_${Date.now()}`;
  const serverUrl = inject('databaseUrl');
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  let ctx: TestContext;
  let owner: pg.Client;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  });

  afterAll(async () => {
    await owner?.end();
    await ctx?.close();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  /** What the API answers, with the printed token, for each tenant: the ready line's list and its totals by type. */
  async function browse(run: Awaited<ReturnType<typeof seed>>) {
    const totals: number[] = [];
    for (const tenant of run.tenants) {
      const headers = { authorization: `Bearer ${run.token}`, 'x-tenant-id': tenant.id };
      const list = await send(ctx, 'GET', run.path, { headers });
      expect(list.status).toBe(200);
      const page = (await list.json()) as { data: { id: string; status: string }[]; meta: { total: number } };
      expect(page.data.length).toBe(Math.min(5, page.meta.total));
      // Totals filtered by type come from the counters, the unfiltered one from the rows: both must agree.
      let byType = 0;
      for (const type of ['TASK', 'MESSAGE']) {
        const res = await send(ctx, 'GET', `/api/activities?type=${type}&per_page=1`, { headers });
        byType += ((await res.json()) as { meta: { total: number } }).meta.total;
      }
      expect(byType).toBe(page.meta.total);
      const events = await send(ctx, 'GET', `/api/activities/${page.data[0]!.id}/status-events`, { headers });
      expect(events.status).toBe(200);
      totals.push(page.meta.total);
    }
    return totals;
  }

  it('seeds tenants readable through the API, adds nothing the second time, and tops up', async () => {
    const first = await seed(url, 300);
    expect(first.tenants.map((t) => [t.count, t.did])).toEqual([
      [300, 'had 0, added 300'],
      [300, 'had 0, added 300'],
    ]);
    expect(first.tenantId).toBe(first.tenants[0]!.id);
    // The app as the server runs it, on the seeded database.
    ctx = await setupApp({ env: { DATABASE_URL: url } });
    owner = new pg.Client({ connectionString: url });
    await owner.connect();
    expect(await browse(first)).toEqual([300, 300]);
    expect(await countersExact(owner)).toBe(true);
    const rows = async () =>
      (
        await owner.query<{ tenants: number; commerces: number; events: number }>(
          `select (select count(*)::int from tenant) as tenants, (select count(*)::int from commerce) as commerces,
             (select count(*)::int from activity_status_event) as events`,
        )
      ).rows[0];
    const seeded = await rows();

    const again = await seed(url, 300);
    expect(again.tenants.map((t) => [t.id, t.count, t.did])).toEqual(
      first.tenants.map((t) => [t.id, 300, 'nothing to add']),
    );
    expect(again.stdout).toContain('Already seeded: nothing added');
    expect(await rows()).toEqual(seeded);
    expect(await browse(again)).toEqual([300, 300]);

    const more = await seed(url, 400);
    expect(more.tenants.map((t) => [t.id, t.count, t.did])).toEqual(
      first.tenants.map((t) => [t.id, 400, 'had 300, added 100']),
    );
    expect(await browse(more)).toEqual([400, 400]);
    expect(await countersExact(owner)).toBe(true);
  });
});

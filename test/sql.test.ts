import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../src/db/ids.ts';
import { insertRows } from '../src/db/sql.ts';
import { setupApp, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await setupApp();
});
afterAll(() => ctx.close());

/** Tenant rows: the one table whose rows need nothing else. */
function tenantRow(slug = `sql-${crypto.randomUUID().slice(0, 8)}`) {
  const now = new Date();
  return { id: uuidv7(), created_at: now, updated_at: now, name: 'SQL helper probe', slug };
}

async function tenantsIn(ids: string[]): Promise<string[]> {
  const rows = await ctx.source.sql.rows<{ id: string }>('select id from tenant where id = any($1)', [ids]);
  return rows.map((r) => r.id).sort();
}

describe('sql.transaction', () => {
  it('commits every statement when the work resolves, and returns its value', async () => {
    const rows = [tenantRow(), tenantRow()];
    const returned = await ctx.source.sql.transaction(async (tx) => {
      await insertRows(tx, 'tenant', rows);
      return tx.rows<{ n: number }>('select count(*)::int as n from tenant where id = any($1)', [
        rows.map((r) => r.id),
      ]);
    });
    expect(returned).toEqual([{ n: 2 }]);
    expect(await tenantsIn(rows.map((r) => r.id))).toEqual(rows.map((r) => r.id).sort());
  });

  it('writes nothing when the work throws after writing', async () => {
    const row = tenantRow();
    const failure = new Error('stop here');
    await expect(
      ctx.source.sql.transaction(async (tx) => {
        await insertRows(tx, 'tenant', [row]);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await tenantsIn([row.id])).toEqual([]);
  });

  it("turns a failing statement into the ORM's exception and rolls back what came before it", async () => {
    const first = tenantRow();
    const duplicate = tenantRow();
    await ctx.source.sql.transaction((tx) => insertRows(tx, 'tenant', [duplicate]));
    const attempt = ctx.source.sql.transaction(async (tx) => {
      await insertRows(tx, 'tenant', [first]);
      await insertRows(tx, 'tenant', [{ ...tenantRow(), slug: duplicate.slug }]);
    });
    await expect(attempt).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    expect(await tenantsIn([first.id])).toEqual([]);
  });

  it('gives its connection back to the pool whatever happens', async () => {
    // The test pool has 8 connections: a leak would make the last transaction wait forever.
    for (let i = 0; i < 20; i++) {
      await ctx.source.sql
        .transaction(async (tx) => {
          await tx.rows('select 1', []);
          throw new Error('fail');
        })
        .catch(() => undefined);
      await ctx.source.sql.transaction((tx) => tx.rows('select nope', [])).catch(() => undefined);
    }
    await expect(ctx.source.sql.transaction((tx) => tx.rows('select 1 as one', []))).resolves.toEqual([{ one: 1 }]);
    const pool = await ctx.orm.em.getConnection().getNativeClient();
    expect(pool.totalCount).toBeLessThanOrEqual(8);
    expect(pool.waitingCount).toBe(0);
  });
});

import { join } from 'node:path';
import pg from 'pg';
import { countersExact, loadData, shape } from '../../scripts/dataset.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { createOrm, migrate } from '../../src/db/orm.ts';
import { createSql, ormSqlOptions } from '../../src/db/sql.ts';
import { bootstrapAttributeKeys } from '../../src/modules/activity-config/activity-config.queries.ts';

/** What the bench loads; a loaded database is reused while these match. */
export interface LoadPlan {
  rows: number;
  tenants: number;
}

export interface BenchDatabaseOptions {
  /** A PostgreSQL server URL (DATABASE_URL): the bench makes its own database there. */
  serverUrl?: string;
  name: string;
  /** Without a server URL: an embedded PostgreSQL under this folder. */
  dataDir: string;
  plan: LoadPlan;
  /** Reload even when a database with the same plan is there. */
  fresh: boolean;
  log: (line: string) => void;
}

// Fixed tenant ids, so a reused database and a new run agree on them.
const tenantId = (i: number) => `b0000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;

/** Every table the runs write (cascades included), so autovacuum does not start mid-measurement. */
function vacuum(client: pg.Client) {
  return client.query(
    'vacuum analyze activity, activity_status_event, activity_attribute, activity_target_user, activity_result, activity_count, commerce',
  );
}

/** Connects to `name` on the server, creating it if missing (or dropping it first). */
async function ensureDatabase(serverUrl: string, name: string, drop: boolean) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (drop) await admin.query(`drop database if exists "${name}" with (force)`);
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

interface Meta {
  rows: number;
  tenants: number;
  load_seconds: number;
}

async function readMeta(client: pg.Client): Promise<Meta | null> {
  try {
    const { rows } = await client.query<Meta>('select rows, tenants, load_seconds from bench_meta');
    return rows[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The bench's own database, migrated with the project's migrations and loaded per the plan. A
 * database loaded with the same plan is reused (a million rows take minutes): only the rows earlier
 * runs created are removed, and pending migrations are applied.
 */
export async function openBenchDatabase(options: BenchDatabaseOptions) {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = options.serverUrl;
  if (!serverUrl) {
    const dir = join(options.dataDir, 'postgres');
    options.log(`embedded PostgreSQL in ${dir}`);
    embedded = await startEmbeddedPostgres({ dir, database: 'postgres' });
    serverUrl = embedded.url;
  }
  const plan = options.plan;
  const tenantIds = Array.from({ length: plan.tenants }, (_, i) => tenantId(i));
  const perTenant = Math.ceil(plan.rows / plan.tenants);
  let url = await ensureDatabase(serverUrl, options.name, options.fresh);
  let client = new pg.Client({ connectionString: url });
  await client.connect();
  let meta = await readMeta(client);
  let loadSeconds: number | null = meta?.load_seconds ?? null;

  const migrated = async () => {
    const orm = await createOrm({ url, poolMax: 2 });
    try {
      await migrate(orm);
      await bootstrapAttributeKeys(createSql(ormSqlOptions(orm.em.getConnection())));
    } finally {
      await orm.close();
    }
  };

  if (meta && meta.rows === plan.rows && meta.tenants === plan.tenants) {
    options.log(
      `reusing the loaded database "${options.name}" (${plan.rows.toLocaleString('en')} rows; --fresh reloads)`,
    );
    await migrated();
    // In batches: the counter triggers update the same few rows once per deleted activity, and within one
    // transaction each update walks all earlier versions of its row, so one big delete grows quadratically.
    let removed = 0;
    for (;;) {
      const batch = await client.query(
        `delete from activity where id in (select id from activity where idempotency_key like 'bench-run-%' limit 5000)`,
      );
      if (!batch.rowCount) break;
      removed += batch.rowCount;
    }
    if (removed) options.log(`removed ${removed.toLocaleString('en')} activities created by earlier runs`);
    await vacuum(client);
  } else {
    // Not loaded with this plan (or a load that never finished): start from an empty database.
    if (!options.fresh) {
      await client.end();
      url = await ensureDatabase(serverUrl, options.name, true);
      client = new pg.Client({ connectionString: url });
      await client.connect();
    }
    const started = performance.now();
    options.log(`loading ${plan.rows.toLocaleString('en')} activities into "${options.name}"`);
    await migrated();
    // Bulk: the database is the bench's own, and empty.
    await loadData(client, { tenantIds, name: 'Bench', slug: 'bench', perTenant, bulk: true, log: options.log });
    loadSeconds = Math.round((performance.now() - started) / 1000);
    await client.query('create table bench_meta (rows int not null, tenants int not null, load_seconds int not null)');
    await client.query('insert into bench_meta values ($1, $2, $3)', [plan.rows, plan.tenants, loadSeconds]);
    options.log(`loaded in ${loadSeconds} s`);
    meta = { rows: plan.rows, tenants: plan.tenants, load_seconds: loadSeconds };
  }

  const version = await client.query<{ server_version: string }>('show server_version');
  return {
    /** The server (embedded or given), for another bench database next to this one. */
    serverUrl,
    url,
    client,
    tenantIds,
    rows: plan.rows,
    loadSeconds,
    commercesPerTenant: shape(perTenant).commerces,
    postgresVersion: version.rows[0]?.server_version.split(' ')[0] ?? 'unknown',
    /**
     * Writes out dirty pages now (CHECKPOINT), so that a timed checkpoint, whose fsyncs stall every
     * writer for a moment, does not fall inside one server's measurement and not the other's. Needs a
     * superuser or pg_checkpoint; without them it does nothing.
     */
    async checkpoint() {
      await client.query('checkpoint').catch(() => undefined);
    },
    /** Clears what the measured writes left behind (dead row versions, stale statistics). */
    vacuum: () => vacuum(client),
    /** Every counter sum equals the real count, for every tenant, status, type and channel. */
    countsExact: () => countersExact(client),
    async close(closing: { drop: boolean }) {
      await client.end();
      if (closing.drop) await dropDatabase(serverUrl, options.name);
      await embedded?.stop();
    },
  };
}

async function dropDatabase(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

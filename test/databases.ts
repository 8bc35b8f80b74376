import pg from 'pg';
import { createOrm, migrate } from '../src/db/orm.ts';
import { createSql, ormSqlOptions } from '../src/db/sql.ts';
import { bootstrapAttributeKeys } from '../src/modules/activity-config/activity-config.queries.ts';
import { bootstrapDispatchProviders } from '../src/modules/dispatch/dispatch.queries.ts';

/** A new, uniquely named database on the server of `serverUrl`; `drop` removes it, whoever is still connected. */
export async function freshDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Migrates the database at `url` and adds the rows every server starts with, as a deploy does. */
export async function prepareDatabase(url: string) {
  const orm = await createOrm({ url, poolMax: 2 });
  await migrate(orm);
  const sql = createSql(ormSqlOptions(orm.em.getConnection()));
  await bootstrapAttributeKeys(sql);
  await bootstrapDispatchProviders(sql);
  await orm.close();
}

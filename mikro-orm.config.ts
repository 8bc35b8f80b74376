// Configuration for the MikroORM CLI (`npx mikro-orm ...`), e.g. `migration:create` against DATABASE_URL.
// The server, scripts and tests build the same options through src/db/orm.ts.
import { defineConfig } from '@mikro-orm/postgresql';
import { loadConfig } from './src/config.ts';
import { ormOptions } from './src/db/orm.ts';

const config = loadConfig();
export default defineConfig({
  ...ormOptions({ url: config.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/reten` }),
  migrations: { ...ormOptions({ url: '' }).migrations, path: 'src/db/migrations', emit: 'ts' },
});

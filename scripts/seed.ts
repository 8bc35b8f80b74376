// Demo data to browse: npm run seed -- [--tenants 3] [--activities 10000] [--database-url URL]
// Brings each of N fixed tenants to the given number of realistic activities (scripts/dataset.ts, the benchmark's
// generator) on the dev database, DATABASE_URL or --database-url, then prints a token to read them with. Running
// it again adds nothing; a larger --activities tops the tenants up.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { signToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { devSecret } from '../src/crypto/keys.ts';
import { openDatabase } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import { bootstrapAttributeKeys } from '../src/modules/activity-config/activity-config.queries.ts';
import { failStartup } from '../src/startup.ts';
import { loadData } from './dataset.ts';

const usage = 'usage: npm run seed -- [--tenants 3] [--activities 10000] [--database-url URL]';
const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '3' },
    activities: { type: 'string', default: '10000' },
    'database-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`${usage}\n  --activities is per tenant; without a URL, the dev server's database (DATA_DIR).`);
  process.exit(0);
}
const ArgsSchema = z.object({
  tenants: z.coerce.number().int().min(1).max(100),
  activities: z.coerce.number().int().min(0).max(10_000_000),
  'database-url': z.url().optional(),
});
const args = ArgsSchema.safeParse(values);
if (!args.success) {
  console.error(args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  console.error(usage);
  process.exit(2);
}
const { tenants, activities } = args.data;

/** Seeded tenant n (from 1): fixed ids, so a later run finds the tenants of an earlier one and tokens stay valid. */
const tenantId = (n: number) => `0195b4a0-5eed-7000-8000-${String(n).padStart(12, '0')}`;

// A command's output rather than a server's log: only warnings unless LOG_LEVEL asks for more.
const env = { LOG_LEVEL: 'warn', ...process.env };
const config = loadConfig(args.data['database-url'] ? { ...env, DATABASE_URL: args.data['database-url'] } : env);
const logger = createLogger(config.logLevel);
const started = performance.now();
// A database that cannot be opened is said in one line, as a server's failed start is.
const database = await openDatabase(config, logger).catch((err: unknown) =>
  failStartup(err, { databaseUrl: config.databaseUrl, logLevel: config.logLevel }),
);
const client = new pg.Client({ connectionString: database.url });
try {
  const where = new URL(database.url);
  console.log(
    `Seeding ${tenants} tenant(s) with ${activities.toLocaleString('en')} activities each in ${where.host}${where.pathname}` +
      (config.databaseUrl ? '' : ` (the dev database, ${config.dataDir})`),
  );
  await client.connect();
  // On the owner's connection, which the script closes: the ORM's pool, used only through plain SQL, would be
  // left open by its close() and keep the process alive for its idle timeout.
  await bootstrapAttributeKeys({ rows: async (text, values) => (await client.query(text, values)).rows });
  const ids = Array.from({ length: tenants }, (_, i) => tenantId(i + 1));
  const result = await loadData(client, {
    tenantIds: ids,
    name: 'Seed',
    slug: 'seed',
    perTenant: activities,
    bulk: false,
    log: (line) => console.log(line),
  });
  for (const [i, t] of result.entries()) {
    const now = t.had + t.added;
    const did = t.added ? `had ${t.had.toLocaleString('en')}, added ${t.added.toLocaleString('en')}` : 'nothing to add';
    console.log(`  tenant ${i + 1}  ${t.id}  ${now.toLocaleString('en')} activities (${did})`);
  }
  const added = result.reduce((sum, t) => sum + t.added, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${added ? `Added ${added.toLocaleString('en')} activities` : 'Already seeded: nothing added'} in ${seconds} s.`,
  );
  await printToken(ids);
} finally {
  await client.end();
  await database.close();
}

/** A token for the seeded tenants, as `npm run token` would mint it, in a line ready to paste. */
async function printToken(ids: string[]) {
  if (config.auth?.kind === 'jwks') {
    console.log('\nTokens come from your identity provider (JWT_JWKS_URL): give one ADMIN and the tenants above.');
    return;
  }
  const secret = config.auth?.secret ?? (await devSecret(config.dataDir));
  const token = await signToken(secret, {
    subject: 'seed',
    roles: ['ADMIN'],
    tenantIds: ids,
    ttl: '12h',
    issuer: config.auth?.issuer,
    audience: config.auth?.audience,
  });
  const base = `http://localhost:${config.port}`;
  console.log(
    `\nADMIN in the seeded tenants, valid 12 h (another: npm run token -- --role ADMIN --tenant <id>):\n\n` +
      `curl -H "Authorization: Bearer ${token}" -H "x-tenant-id: ${ids[0]}" "${base}/api/activities?per_page=5"\n\n` +
      `API reference: ${base}/docs (set this token and a tenant id above as x-tenant-id)`,
  );
}

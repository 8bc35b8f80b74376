// Mints a JWT with the configured secret: npm run token -- --role ADMIN --tenant <uuid> [--sub ID] [--ttl 1h]
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ROLES } from '../src/auth/permissions.ts';
import { signToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { devSecret } from '../src/crypto/keys.ts';

const usage =
  'usage: npm run token -- --role ADMIN [--role FDE] --tenant <uuid> [--tenant <uuid>] [--sub ID] [--ttl 1h]';
const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    tenant: { type: 'string', multiple: true },
    sub: { type: 'string', default: 'cli-user' },
    ttl: { type: 'string', default: '1h' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const ArgsSchema = z.object({
  role: z.array(z.enum(ROLES)).min(1, 'give at least one --role'),
  tenant: z.array(z.uuid()).default([]),
  sub: z.string().min(1),
  ttl: z.string().regex(/^\d+\s*[smhdw]$/, 'a lifetime such as 15m, 1h or 7d'),
});
const args = ArgsSchema.safeParse(values);
if (!args.success) {
  console.error(args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  console.error(usage);
  process.exit(2);
}

const config = loadConfig();
if (config.auth?.kind === 'jwks') {
  console.error('JWT_JWKS_URL is configured: tokens come from your identity provider, not from this script.');
  process.exit(2);
}
const secret = config.auth?.secret ?? (await devSecret(config.dataDir));
console.log(
  await signToken(secret, {
    subject: args.data.sub,
    roles: args.data.role,
    tenantIds: args.data.tenant,
    ttl: args.data.ttl,
    issuer: config.auth?.issuer,
    audience: config.auth?.audience,
  }),
);

// The client package as another repository gets it: `npm pack`ed, installed from the tarball into a scratch
// project, type-checked there, and run against the app on a real port.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../src/http/server.ts';
import { seedCommerce } from './factories.ts';
import { createTenant, setupApp, type TestContext, token } from './harness.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
// Without the npm_* variables of an enclosing `npm test`, which would point the scratch install at this project.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')));

let ctx: TestContext;
let server: ReturnType<typeof listen>;
let dir: string;
let packed: { filename: string; size: number; files: { path: string }[] };
let commerceId: string;

/** What a consumer writes; it prints what it created and read back, as one JSON line. */
function consumer(inputs: { baseUrl: string; token: string; tenantId: string; commerceId: string }) {
  return `import { type Activity, createRetenClient, type Schemas } from '@reten/activities-client';

const { baseUrl, token, tenantId, commerceId } = ${JSON.stringify(inputs)};
const user = createRetenClient({ baseUrl, token, tenantId });
const body: Schemas['CreateActivityBody'] = {
  type: 'MESSAGE',
  reason: 'From the packaged client',
  channel: 'WHATSAPP',
  commerce_id: commerceId,
  idempotency_key: 'client-package-1',
  scheduled_at: '2030-01-16T09:00:00.000Z',
};
const created = await user.POST('/api/activities', { body });
if (!created.data) throw new Error(\`create: \${created.response.status} \${JSON.stringify(created.error)}\`);
const activity: Activity = created.data;

// A partner's key, made with the user's token, reads the activity back.
const key = await user.POST('/api/api-keys', { body: { name: 'client package', permissions: ['VIEW_ACTIVITIES'] } });
if (!key.data) throw new Error(\`api key: \${key.response.status} \${JSON.stringify(key.error)}\`);
const partner = createRetenClient({ baseUrl, apiKey: key.data.plaintextKey });
const read = await partner.GET('/api/activities/{id}', { params: { path: { id: activity.id } } });
const unknown = await partner.GET('/api/activities/{id}', {
  params: { path: { id: '00000000-0000-7000-8000-000000000000' } },
});
console.log(JSON.stringify({ created: activity, read: read.data, unknown: [unknown.response.status, unknown.error?.code] }));

// Never called: type-checked only. Each line must be a type error, or tsc reports an unused directive.
export function refused() {
  // @ts-expect-error: FAX is not a channel of the document
  void user.POST('/api/activities', { body: { ...body, channel: 'FAX' } });
  // @ts-expect-error: the document has no such path
  void user.GET('/api/activity');
  // @ts-expect-error: a token or an API key, not both
  createRetenClient({ baseUrl, token, apiKey: 'rtn_sk_x' });
}
`;
}

beforeAll(async () => {
  ctx = await setupApp();
  server = listen(ctx.app, { host: '127.0.0.1', port: 0 });
  await new Promise((done) => server.once('listening', done));
  const tenantId = await createTenant(ctx);
  commerceId = (await seedCommerce(ctx, tenantId)).id;

  dir = await mkdtemp(join(tmpdir(), 'reten-client-'));
  // prepack builds dist/ first, so a fresh clone needs no build step of its own.
  const pack = await run('npm', ['pack', '--workspace', 'packages/client', '--pack-destination', dir, '--json'], {
    cwd: ROOT,
    env,
  });
  [packed] = JSON.parse(pack.stdout);

  const app = join(dir, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // openapi-fetch comes from npm's cache, where the project's own install left it.
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, packed.filename)], {
    cwd: app,
    env,
  });
  await writeFile(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        lib: ['es2022', 'dom'],
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        noEmit: true,
        // As `tsc --init` sets it. Declarations that did not resolve would make the client `any`, and tsc would
        // then report the consumer's @ts-expect-error lines as unused.
        skipLibCheck: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  const port = (server.address() as AddressInfo).port;
  const bearer = await token({ roles: ['ADMIN'], tenants: [tenantId] });
  await writeFile(
    join(app, 'consumer.ts'),
    consumer({ baseUrl: `http://127.0.0.1:${port}`, token: bearer, tenantId, commerceId }),
  );
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  await ctx?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the client package', () => {
  it('packs the built ESM and declarations, and nothing else', () => {
    expect(packed.files.map((file) => file.path).sort()).toEqual([
      'dist/index.d.ts',
      'dist/index.js',
      'dist/schema.d.ts',
      'dist/schema.js',
      'package.json',
    ]);
  });

  it('type-checks in another project, and its types refuse what the document does not allow', async () => {
    const tsc = resolve(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', '.'], { cwd: join(dir, 'app') }).catch(
      (failure: { stdout: string }) => ({ stdout: failure.stdout }),
    );
    expect(result.stdout).toBe('');
  });

  it('creates an activity with a token and reads it back with an API key, on a live server', async () => {
    const { stdout } = await run(process.execPath, ['consumer.ts'], { cwd: join(dir, 'app'), env });
    const { created, read, unknown } = JSON.parse(stdout);
    expect(created).toMatchObject({
      type: 'MESSAGE',
      reason: 'From the packaged client',
      idempotencyKey: 'client-package-1',
      commerceAssignment: { commerceId },
    });
    expect(read).toEqual(created);
    expect(unknown).toEqual([404, 'ACTIVITY_NOT_FOUND']);
  });
});

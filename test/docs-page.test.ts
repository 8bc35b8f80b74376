import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../src/http/server.ts';
import { actor, setupApp, type TestContext } from './harness.ts';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium and must run this; elsewhere it is skipped, with the reason, when it is missing.
const available = existsSync(CHROMIUM) || process.env.CI === 'true';

/** An app served over real HTTP on this machine's loopback, as a browser reaches it. */
async function serve(ctx: TestContext): Promise<{ base: string; server: Server }> {
  const server = listen(ctx.app, { host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe.skipIf(!available)('the API reference page (headless Chromium)', () => {
  let ctx: TestContext;
  let dev: TestContext;
  let admin: Awaited<ReturnType<typeof actor>>;
  let browser: Browser;
  const servers: Server[] = [];

  beforeAll(async () => {
    ctx = await setupApp();
    admin = await actor(ctx);
    // As dev mode builds it: a token and the demo tenant filled in.
    dev = await setupApp({ referenceCredentials: { token: admin.token, tenantId: admin.tenantId } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
    await ctx.close();
    await dev.close();
  });

  async function open(app: TestContext) {
    const { base, server } = await serve(app);
    servers.push(server);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    // What the page's content security policy refused, as the browser reports it.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refused.push(message.text());
    });
    const bundle = page.waitForResponse((response) => response.url().includes('/docs/scalar.js'));
    await page.goto(`${base}/docs`, { waitUntil: 'load' });
    await page.getByText('List attribute keys').first().waitFor({ timeout: 20_000 });
    return { page, outside, refused, bundle: await bundle };
  }

  it('renders the operations offline, with no button that needs Scalar cloud, and takes a screenshot', async () => {
    const { page, outside, refused, bundle } = await open(ctx);
    expect(refused).toEqual([]);
    // The 4 MB bundle travels brotli-compressed, cacheable for good (its URL names Scalar's version).
    expect(await bundle.allHeaders()).toMatchObject({
      'content-encoding': 'br',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(bundle.url()).toMatch(/\/docs\/scalar\.js\?v=\d+\.\d+\.\d+$/);
    await mkdir('test/artifacts', { recursive: true });
    await page.screenshot({ path: 'test/artifacts/docs-page.png', fullPage: false });
    expect(await page.getByText('Reten Activities API').first().isVisible()).toBe(true);
    expect(outside.filter((url) => url.endsWith('.js'))).toEqual([]);
    expect(await page.getByText('Ask AI').count()).toBe(0);
    // The token and the tenant header are two inputs, both asked for.
    expect(await page.getByText('bearerAuth & tenantHeader').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('in dev mode, "Test Request" works at once: the token and the tenant are filled in', async () => {
    const { page } = await open(dev);
    const answers: { status: number; authorization?: string; tenant?: string }[] = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return;
      const headers = response.request().headers();
      answers.push({ status: response.status(), authorization: headers.authorization, tenant: headers['x-tenant-id'] });
    });
    await page
      .getByRole('button', { name: /Test Request/ })
      .first()
      .click();
    await page.getByRole('button', { name: /^Send/ }).first().click();
    await expect.poll(() => answers.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(answers[0]).toMatchObject({ authorization: `Bearer ${admin.token}`, tenant: admin.tenantId });
    // Authenticated and in the tenant: whatever the example asks for, not a 401 or a 403.
    expect([401, 403]).not.toContain(answers[0]!.status);
    await page.close();
  });
});

describe('the dev credentials on the reference page', () => {
  it('are given only to a browser on this machine (dev mode listens on every interface)', async () => {
    const ctx = await setupApp();
    try {
      const admin = await actor(ctx);
      const dev = await setupApp({ referenceCredentials: { token: admin.token, tenantId: admin.tenantId } });
      try {
        // Through app.fetch there is no socket, so no loopback peer: the page a remote browser gets.
        const remote = await (await dev.app.fetch(new Request('http://test.local/docs'))).text();
        expect(remote).toContain('YOUR_TENANT_ID');
        expect(remote).not.toContain(admin.token);
        const { base, server } = await serve(dev);
        try {
          const local = await (await fetch(`${base}/docs`)).text();
          expect(local).toContain(admin.token);
        } finally {
          await new Promise((resolve) => server.close(resolve));
        }
      } finally {
        await dev.close();
      }
    } finally {
      await ctx.close();
    }
  });
});

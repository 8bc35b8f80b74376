import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestContext } from './harness.ts';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium and must run this; elsewhere it is skipped, with the reason, when it is missing.
const available = existsSync(CHROMIUM) || process.env.CI === 'true';

describe.skipIf(!available)('the API reference page (headless Chromium)', () => {
  let ctx: TestContext;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    ctx = await setupApp();
    server = createServer(getRequestListener(ctx.app.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await ctx.close();
  });

  it('renders the operations offline and takes a screenshot', async () => {
    const browser = await chromium.launch({
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
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(base) && !request.url().startsWith('data:')) outside.push(request.url());
      });
      await page.goto(`${base}/docs`, { waitUntil: 'load' });
      await page.getByText('List attribute keys').first().waitFor({ timeout: 20_000 });
      await mkdir('test/artifacts', { recursive: true });
      await page.screenshot({ path: 'test/artifacts/docs-page.png', fullPage: false });
      expect(await page.getByText('Reten Activities API').first().isVisible()).toBe(true);
      expect(outside.filter((url) => url.endsWith('.js'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

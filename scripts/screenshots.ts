/**
 * npm run screenshots [-- <query> ...]: serve dist/ and save PNGs of the main views at phone, desktop and kiosk
 * sizes into test-results/screens/, to look at what we build.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchBrowser, openPage, VIEWPORTS } from './lib/browser.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const queries = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', '?site=tin-keo', '?site=den-duom&lang=en'];
const server = await preview({ root, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await launchBrowser();
mkdirSync('test-results/screens', { recursive: true });
try {
  for (const size of ['phone', 'desktop', 'kiosk'] as const) {
    const viewport = VIEWPORTS[size];
    for (const q of queries) {
      const { page, outsideRequests } = await openPage(browser, { viewport });
      await page.goto(base + q);
      await page.waitForFunction(() => window.__redAddressMap !== undefined, undefined, { timeout: 60000 }).catch(() => undefined);
      await page.evaluate(async () => window.__redAddressMap?.idle());
      await page.waitForTimeout(600);
      const name = `test-results/screens/${size}${q.replace(/[^\w]+/g, '_')}.png`;
      await page.screenshot({ path: name });
      console.log(name, outsideRequests.length ? `outside requests: ${outsideRequests.join(' ')}` : '');
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

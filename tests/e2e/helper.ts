/**
 * The browser tests' entry to Chromium: scripts/lib/browser.ts, plus a screenshot of the page when a test fails.
 */
import { mkdirSync } from 'node:fs';
import { onTestFailed } from 'vitest';
import { openPage as openBrowserPage, type OpenedPage, type PageOptions } from '../../scripts/lib/browser.ts';
import type { Browser } from 'playwright-core';

export { CHROMIUM, CHROMIUM_ARGS, VIEWPORTS, launchBrowser, type OpenedPage, type PageOptions } from '../../scripts/lib/browser.ts';
export type { Page, Browser, BrowserContext, CDPSession } from 'playwright-core';

/** A fresh context and page with outside requests blocked and recorded; a screenshot is saved if the test fails. */
export async function openPage(browser: Browser, opts: PageOptions = {}): Promise<OpenedPage> {
  const opened = await openBrowserPage(browser, opts);
  try {
    onTestFailed(async ({ task }) => {
      mkdirSync('test-results', { recursive: true });
      const name = task.name.replace(/[^\w-]+/g, '_').slice(0, 80);
      await opened.page.screenshot({ path: `test-results/${name}.png` }).catch(() => undefined);
    });
  } catch {
    // Outside a running test (a beforeAll) there is nothing to hook.
  }
  return opened;
}

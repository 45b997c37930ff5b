/**
 * The only file that touches playwright-core: launches Debian's Chromium (never a downloaded browser) with
 * software WebGL and no background networking, and blocks every request that leaves localhost. Used by the
 * browser tests (through tests/e2e/helper.ts), the benchmarks and the screenshot script.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export type { Page, Browser, BrowserContext, CDPSession } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
];

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
  kiosk: { width: 1920, height: 1080 },
  /**
   * The default for behaviour tests: still the desktop layout (wider than 760 px), with about half the map pixels
   * of `desktop`, which software WebGL draws about twice as fast. Layout and look are tested at the sizes above.
   */
  smallDesktop: { width: 1024, height: 680 },
  /** The narrowest desktop layout: for sweeps over many places or page loads, where only behaviour counts. */
  narrowDesktop: { width: 800, height: 520 },
} as const;

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave localhost (blocked). */
  outsideRequests: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
}

const isLocal = (url: string): boolean => {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
    return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return true;
  }
};

export interface PageOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  serviceWorkers?: 'allow' | 'block';
  permissions?: string[];
  geolocation?: { latitude: number; longitude: number };
  /** Ignore the page's Content-Security-Policy (to test a defence on its own, e.g. the Markdown sanitiser). */
  bypassCSP?: boolean;
  /** A touch screen (kiosk, phone): `page.touchscreen.tap` and CDP touch events reach the page as a finger would. */
  hasTouch?: boolean;
  /** A phone browser (meta viewport, touch; implies hasTouch). */
  isMobile?: boolean;
  /** navigator.language(s) of the browser (default vi-VN). */
  locale?: string;
  /** false: the page as a reader without JavaScript (or a crawler) gets it. */
  javaScriptEnabled?: boolean;
}

/** A fresh context and page with outside requests blocked and recorded; a screenshot is saved if the test fails. */
export async function openPage(browser: Browser, opts: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? VIEWPORTS.smallDesktop,
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    serviceWorkers: opts.serviceWorkers ?? 'block',
    locale: opts.locale ?? 'vi-VN',
    ...(opts.hasTouch || opts.isMobile ? { hasTouch: true } : {}),
    ...(opts.isMobile ? { isMobile: true } : {}),
    ...(opts.permissions ? { permissions: opts.permissions } : {}),
    ...(opts.geolocation ? { geolocation: opts.geolocation } : {}),
    ...(opts.bypassCSP ? { bypassCSP: true } : {}),
    ...(opts.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
  });
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  return { page, context, outsideRequests, pageErrors };
}

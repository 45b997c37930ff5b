/** Planner actions in a teacher's words, for the browser specs. */
import { readFile } from 'node:fs/promises';
import type { Page } from './helper.ts';

/** Add a site to the plan with the + button on its row in the list. */
export async function addFromList(page: Page, siteId: string): Promise<void> {
  const row = page.locator(`.sites-list__row:has(.site-item[data-site-id="${siteId}"])`);
  await row.locator('.add-to-plan').click();
  await row.locator('.add-to-plan[aria-pressed="true"]').waitFor();
}

/** Add the site whose panel is open with the panel's "Thêm vào lịch trình" button. */
export async function addFromPanel(page: Page): Promise<void> {
  await page.locator('.site-panel .add-to-plan').click();
  await page.locator('.site-panel .add-to-plan[aria-pressed="true"]').waitFor();
}

/**
 * The road graph is not served (set before the page loads): the planner stays on its estimates. For the specs
 * about the estimate path (detour factors, the km optimiser, the GPX route); tests/e2e/routing.spec.ts covers
 * the road legs.
 */
export async function withoutRoads(page: Page): Promise<void> {
  await page.route('**/routing/roads.v1.json', (route) => route.fulfill({ status: 404, body: 'no road graph in this test' }));
}

export async function openPlanner(page: Page): Promise<void> {
  if ((await page.locator('#planner').count()) === 0) await page.locator('.planner-button').click();
  await page.locator('#planner .planner__body').waitFor();
}

/** Site ids of the plan's stops, in order, as the planner lists them. */
export async function plannedOrder(page: Page): Promise<string[]> {
  return page.locator('#planner .planner__stop').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? ''));
}

/** Move a stop one place with its move button, from the keyboard (focus, then Enter). */
export async function moveWithKeyboard(page: Page, siteId: string, dir: 'up' | 'down'): Promise<void> {
  const before = await plannedOrder(page);
  await page.locator(`#planner .planner__stop[data-site-id="${siteId}"] button[data-move="${dir}"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => {
    const now = [...document.querySelectorAll('#planner .planner__stop')].map((e) => e.getAttribute('data-site-id'));
    return now.join() !== b.join();
  }, before);
}

/** Total distance as the planner shows it, in km. */
export async function totalKm(page: Page): Promise<number> {
  const text = (await page.locator('#planner .planner__totals dd').first().textContent()) ?? '';
  const m = /([\d.,]+)\s*km/.exec(text);
  if (!m) throw new Error(`no km in "${text}"`);
  return Number((m[1] ?? '').replace(/\./g, '').replace(',', '.'));
}

export async function optimise(page: Page): Promise<string> {
  await page.locator('#planner .planner__tools button').click();
  const status = page.locator('#planner .planner__result');
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

export async function shareLink(page: Page): Promise<string> {
  return page.locator('#planner .planner__url').inputValue();
}

/** Press "print": the handout is prepared (map image grabbed) and window.print is called (stubbed here). */
export async function prepareHandout(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as Window & { __printed?: number };
    w.__printed = 0;
    window.print = () => {
      w.__printed = (w.__printed ?? 0) + 1;
    };
  });
  await page.locator('#planner .planner__export .primary-button').click();
  await page.waitForFunction(() => ((window as Window & { __printed?: number }).__printed ?? 0) > 0, undefined, { timeout: 60000 });
}

/** Share of the map image's pixels that differ from its first pixel (0 = a blank image). */
export async function handoutMapInk(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('.print-view__map');
    if (!img) return 0;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let differ = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs((d[i] ?? 0) - (d[0] ?? 0)) + Math.abs((d[i + 1] ?? 0) - (d[1] ?? 0)) + Math.abs((d[i + 2] ?? 0) - (d[2] ?? 0)) > 30) differ++;
    }
    return differ / (d.length / 4);
  });
}

/** Click an export button and return the downloaded file's name and text. */
export async function download(page: Page, label: RegExp): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#planner .planner__export').getByRole('button', { name: label }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Parse GPX with the browser's XML parser: waypoint names in order, route points, and parse errors. */
export async function parseGpx(page: Page, xml: string): Promise<{ error: string | null; waypoints: string[]; routePoints: number; version: string | null }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const err = doc.querySelector('parsererror');
    return {
      error: err ? (err.textContent ?? 'parse error') : null,
      version: doc.documentElement.getAttribute('version'),
      waypoints: [...doc.getElementsByTagName('wpt')].map((w) => w.getElementsByTagName('name')[0]?.textContent ?? ''),
      routePoints: doc.getElementsByTagName('rtept').length,
    };
  }, xml);
}

/** The centre of a stop's drag grip, in page pixels. */
async function gripCentre(page: Page, index: number): Promise<{ x: number; y: number }> {
  // Scroll the planner's own body (not the page) so the list starts at its top.
  await page.locator('#planner .planner__stops').evaluate((el) => {
    const body = el.closest('.planner__body');
    if (body) body.scrollTop += el.getBoundingClientRect().top - body.getBoundingClientRect().top;
  });
  const box = await page.locator('#planner .planner__grip').nth(index).boundingBox();
  if (box === null) throw new Error(`no grip for stop ${index + 1}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Both grips, the list scrolled to its top; both must be on screen (pick stops that fit the viewport). */
async function dragEnds(page: Page, from: number, to: number): Promise<[{ x: number; y: number }, { x: number; y: number }]> {
  const a = await gripCentre(page, from);
  const b = await gripCentre(page, to);
  const height = page.viewportSize()?.height ?? 0;
  if (a.y > height || b.y > height) throw new Error(`stop ${Math.max(from, to) + 1} is below the fold: drag nearer stops`);
  return [a, b];
}

/** Drag a stop by its grip onto another stop's row with a real mouse (press, move in steps, let go). */
export async function dragWithMouse(page: Page, from: number, to: number): Promise<void> {
  const [a, b] = await dragEnds(page, from, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}

/** The same with a finger on a touch screen: touchstart, touchmoves, touchend through CDP, as a phone sends them. */
export async function dragWithFinger(page: Page, from: number, to: number): Promise<void> {
  const [a, b] = await dragEnds(page, from, to);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 8, radiusY: 8, force: 1 }] });
  await touch('touchStart', a.x, a.y);
  for (let k = 1; k <= 8; k++) await touch('touchMove', a.x + ((b.x - a.x) * k) / 8, a.y + ((b.y - a.y) * k) / 8);
  await touch('touchEnd', b.x, b.y);
  await cdp.detach();
}

/** Quality checks on the running app: axe-core, CSP violations, focus visibility, XSS tripwires. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from './helper.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface AxeSummary {
  violations: AxeViolation[];
  passes: number;
  incomplete: number;
}

/**
 * Run axe-core (the npm package, injected into the page) with the WCAG 2.1 A and AA rules. Injected with
 * evaluate, which the page's Content-Security-Policy does not govern, so the app runs under its real policy.
 */
export async function runAxe(page: Page): Promise<AxeSummary> {
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    interface AxeNode { target: unknown[] }
    interface AxeResult { id: string; impact?: string | null; help: string; nodes: AxeNode[] }
    interface AxeApi {
      run(ctx: Document, opts: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[]; incomplete: AxeResult[] }>;
    }
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
      passes: r.passes.length,
      incomplete: r.incomplete.length,
    };
  }, WCAG_TAGS);
}

export function describeViolations(v: AxeViolation[]): string {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help}\n    ${x.nodes.slice(0, 5).join('\n    ')}`).join('\n');
}

/** Record every Content-Security-Policy violation of every page in the context, from the first script on. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Whether the focused element shows a focus indicator: an outline or a box-shadow (computed style). */
export async function focusState(page: Page): Promise<{ tag: string; label: string; visible: boolean; inside: string | null; style: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { tag: 'BODY', label: '', visible: false, inside: null, style: '' };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const labelled = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null;
    const label = (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim().slice(0, 60);
    const inside = el.closest('.site-panel') ? 'site-panel' : el.closest('#planner, .planner') ? 'planner' : null;
    const style = `outline ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow ${cs.boxShadow}, :focus-visible ${el.matches(':focus-visible')}`;
    return { tag: el.tagName, label, visible: outline || shadow, inside, style };
  });
}

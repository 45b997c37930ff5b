import { marked } from 'marked';
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { sectionAnchor } from '../../domain/quiz/story-sections.ts';

/** What stories may contain after sanitising; shared with the build's pre-rendered pages (scripts/pages). */
export const STORY_SANITIZE: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'img', 'svg', 'math'],
  FORBID_ATTR: ['style', 'srcset'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

/**
 * Markdown → safe HTML. Editors may paste anything; marked renders, DOMPurify removes scripts, event handlers,
 * javascript:/data: URLs, SVG and MathML. Links are forced to open in a new tab with no opener and no referrer.
 * `purify` and `doc` default to the page's; the build passes a jsdom window's. With `siteId`, every `##` heading gets
 * the id the quiz's "read it again" link points to (sectionAnchor).
 */
export function renderMarkdown(markdown: string, purify: Purifier = DOMPurify, doc: Document = document, siteId?: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const clean = purify.sanitize(html, STORY_SANITIZE);
  const template = doc.createElement('template');
  template.innerHTML = clean;
  for (const a of template.content.querySelectorAll('a')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  if (siteId !== undefined) {
    for (const h of template.content.querySelectorAll('h2')) h.id = sectionAnchor(siteId, (h.textContent ?? '').trim());
  }
  return template.innerHTML;
}

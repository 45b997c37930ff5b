import { marked } from 'marked';
import DOMPurify from 'dompurify';

/**
 * Markdown → safe HTML. Editors may paste anything; marked renders, DOMPurify removes scripts, event handlers,
 * javascript:/data: URLs, SVG and MathML. Links are forced to open in a new tab with no opener and no referrer.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const clean = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'img', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcset'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
  const template = document.createElement('template');
  template.innerHTML = clean;
  for (const a of template.content.querySelectorAll('a')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  return template.innerHTML;
}

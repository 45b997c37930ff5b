import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/>\s*/;

/**
 * The Content-Security-Policy is a <meta> in index.html (see docs/security.md). The dev server needs what the
 * built app must never allow (React Refresh's inline preamble, the HMR websocket), so it is removed when serving
 * with `vite` (dev) and kept in every build, hence in `vite preview`, the browser tests and the kiosk.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'red-address-map:csp-dev-only-removal',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(CSP_META, '');
    },
  };
}

/** The policy of the CSP meta tag in an HTML document (index.html, or any page the build made from it). */
export function cspFromHtml(html: string): string {
  const policy = CSP_META.exec(html)?.[1];
  if (!policy) throw new Error('no <meta http-equiv="Content-Security-Policy" content="…" /> in the page');
  return policy.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * The same policy as a response header, for a web server (deploy/nginx): the meta tag's directives plus what only
 * a header can say, `frame-ancestors 'self'` (no other site may frame the map). The meta tag stays as the fallback.
 */
export function cspHeaderValue(root: string): string {
  const policy = cspFromHtml(readFileSync(join(root, 'index.html'), 'utf8')).trim().replace(/;\s*$/, '');
  return `${policy}; frame-ancestors 'self'`;
}

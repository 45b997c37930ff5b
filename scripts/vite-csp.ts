import type { Plugin } from 'vite';

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
      return html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>\s*/, '');
    },
  };
}

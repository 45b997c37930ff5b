import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, nginxConf } from '../../../scripts/deploy/nginx-conf.ts';
import { cspFromHtml, cspHeaderValue } from '../../../scripts/vite-csp.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('nginx config (deploy/nginx, npm run nginx-conf)', () => {
  it('the committed example is exactly the generator output, so its CSP is index.html\'s policy', () => {
    const committed = readFileSync(`${root}/deploy/nginx/red-address-map.conf`, 'utf8');
    expect(committed, 'regenerate: npm run nginx-conf -- --path /ban-do/ --out deploy/nginx/red-address-map.conf').toBe(
      nginxConf({ ...EXAMPLE, csp: cspHeaderValue(root) }),
    );
    const meta = cspFromHtml(readFileSync(`${root}/index.html`, 'utf8'));
    expect(committed).toContain(`add_header Content-Security-Policy "${meta}; frame-ancestors 'self'" always;`);
  });

  it('refuses a path, root or policy that would break out of the config', () => {
    const ok = { ...EXAMPLE, csp: "default-src 'self'" };
    expect(() => nginxConf({ ...ok, path: 'ban-do' })).toThrow();
    expect(() => nginxConf({ ...ok, path: '/ban do/' })).toThrow();
    expect(() => nginxConf({ ...ok, root: '/srv/x; include /etc/passwd' })).toThrow();
    expect(() => nginxConf({ ...ok, csp: 'default-src "self"' })).toThrow();
    expect(nginxConf({ ...ok, path: '/' })).toContain('~^/assets/ "public, max-age=31536000, immutable"');
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readPublishConfig } from '../lib/publish-config.ts';
import { cspHeaderValue } from '../vite-csp.ts';

/**
 * npm run nginx-conf -- [--path /ban-do/] [--root /srv/red-address-map] [--listen 80] [--server-name NAME] [--out FILE]:
 * the nginx site (Debian's sites-available/ form: a `map` at http level and one `server`) that serves `dist/`,
 * copied to `<root><path>`, under the sub-path `path`. The CSP header is made from index.html's meta tag
 * (scripts/vite-csp.ts), so the two never drift; deploy/nginx/red-address-map.conf is this output for the
 * documented example (a unit test keeps it so) and tests/e2e/nginx.spec.ts runs it in a real nginx.
 */
export interface NginxOptions {
  /** The sub-path the map is published under, with both slashes: "/ban-do/" (or "/"). */
  path: string;
  /** The web root: dist/ is copied (or linked) to `<root><path>`. */
  root: string;
  listen: string;
  serverName: string;
  /** The Content-Security-Policy header value (cspHeaderValue). */
  csp: string;
}

export const EXAMPLE: Omit<NginxOptions, 'csp'> = { path: '/ban-do/', root: '/srv/red-address-map', listen: '80', serverName: 'diachido.example.vn' };

const PathSchema = z
  .string()
  .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, { message: 'a sub-path like /ban-do/ (letters, digits, . _ ~ -, slashes at both ends)' });
const RootSchema = z.string().regex(/^\/[^\s;{}"'$]*$/, { message: 'an absolute directory without spaces, quotes, ; { } or $' });
const ListenSchema = z.string().regex(/^(?:[\w.:[\]]+:)?\d{1,5}$/, { message: 'a port, or address:port' });
const NameSchema = z.string().regex(/^[\w.*-]+$/, { message: 'a host name (or _)' });

const regexEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function nginxConf(o: NginxOptions): string {
  const path = PathSchema.parse(o.path);
  const root = RootSchema.parse(o.root).replace(/\/+$/, '');
  const listen = ListenSchema.parse(o.listen);
  const serverName = NameSchema.parse(o.serverName);
  if (/["\\$\n]/.test(o.csp)) throw new Error('the CSP must not contain quotes, backslashes, $ or newlines');
  const p = regexEscape(path);
  // add_header in a nested location replaces every add_header of its parents: the one list goes everywhere.
  const headers = [
    'add_header Cache-Control $red_address_map_cache always;',
    `add_header Content-Security-Policy "${o.csp}" always;`,
    'add_header X-Content-Type-Options nosniff always;',
    'add_header Referrer-Policy strict-origin-when-cross-origin always;',
  ];
  const block = (indent: string, lines: string[]): string => lines.map((l) => (l === '' ? '' : indent + l)).join('\n');
  return `# Red Address Map (Bản đồ số Địa chỉ đỏ Thái Nguyên) under ${path} — made by \`npm run nginx-conf\`
# (scripts/deploy/nginx-conf.ts; the CSP comes from index.html's meta tag). Do not edit by hand: regenerate.
# Debian: /etc/nginx/sites-available/red-address-map, linked from sites-enabled/ (this file is read inside http {}).
# dist/ goes to ${root}${path} (e.g. rsync -a --delete dist/ ${root}${path}). See docs/deploy.md.

# Hashed build files (assets/*-<hash>.*) never change: cached for a year. Everything else (the HTML pages, sw.js,
# content/index.json and the other content, the basemap archives, the manifest) is revalidated on every use
# (no-cache: a 304 when unchanged, by ETag), so a new build is seen at once.
map $uri $red_address_map_cache {
  default "no-cache";
  ~^${p}assets/ "public, max-age=31536000, immutable";
}

server {
  listen ${listen};
  server_name ${serverName};
  root ${root};
  # Redirects keep the visitor's host and port (behind a proxy or a CDN too).
  absolute_redirect off;
  server_tokens off;

  location = ${path.replace(/\/$/, '') || '/'} {
    return 301 ${path};
  }

  location ${path} {
    index index.html;
    # A site page is its folder's index.html; an unknown one (dia-diem/<id>/ that does not exist) is the real 404
    # page with its status, never the app shell.
    try_files $uri $uri/ =404;
    error_page 404 ${path}404.html;

    # Text is compressed on the fly (HTML, CSS, JS, JSON, GeoJSON, Markdown, SVG, the manifest); the basemap
    # archives are not: PMTiles reads them by byte ranges (206), which nginx answers only for uncompressed files.
    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_min_length 512;
    charset utf-8;
    charset_types text/css application/javascript application/json application/geo+json text/markdown application/manifest+json text/plain;
    gzip_types text/css application/javascript application/json application/geo+json text/markdown image/svg+xml application/manifest+json text/plain application/xml;

${block('    ', headers)}

    # Types Debian's mime.types lacks (a module worker, .mjs, must be JavaScript or the browser refuses it).
    location ~ ^${p}.*\\.(?:mjs|geojson|md|webmanifest|pmtiles)$ {
      types {
        application/javascript mjs;
        application/geo+json geojson;
        text/markdown md;
        application/manifest+json webmanifest;
        application/vnd.pmtiles pmtiles;
      }
${block('      ', headers)}
    }
  }
}
`;
}

const USAGE =
  'usage: npm run nginx-conf -- [--path /ban-do/] [--root /srv/red-address-map] [--listen 80] [--server-name diachido.example.vn] [--out red-address-map.conf]';

/** The sub-path from the public base URL, else the example's. */
export function defaultPath(root: string): string {
  const base = readPublishConfig(root).publicBaseUrl;
  return base === null ? EXAMPLE.path : new URL(base).pathname;
}

export function main(argv: string[], repoRoot: string): string {
  const { values } = parseArgs({
    args: argv,
    options: {
      path: { type: 'string' },
      root: { type: 'string' },
      listen: { type: 'string' },
      'server-name': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return USAGE;
  const conf = nginxConf({
    path: values.path ?? defaultPath(repoRoot),
    root: values.root ?? EXAMPLE.root,
    listen: values.listen ?? EXAMPLE.listen,
    serverName: values['server-name'] ?? EXAMPLE.serverName,
    csp: cspHeaderValue(repoRoot),
  });
  if (!values.out) return conf;
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(values.out, conf);
  return `wrote ${values.out}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(main(process.argv.slice(2), resolve(dirname(fileURLToPath(import.meta.url)), '../..')));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}

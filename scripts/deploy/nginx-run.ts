import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxConf } from './nginx-conf.ts';
import { cspHeaderValue } from '../vite-csp.ts';

/** Debian's nginx is in /usr/sbin, which a non-root PATH may lack. */
export const NGINX = process.env['NGINX_PATH'] ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

export interface RunningNginx {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The port nginx listens on (chosen before the build, when a test builds for this address). */
  port: number;
  /** origin + path + rel */
  url(rel: string): string;
  /** The access log (one line per request), for tests that look at what was asked. */
  accessLog: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Debian's real nginx with the generated site (scripts/deploy/nginx-conf.ts) serving `dir` (a built dist/) under
 * the sub-path `path`, as any user: a temporary prefix, logs and temp folders in it, a loopback port, no daemon.
 * Used by tests/e2e/nginx.spec.ts and the bench's slow-phone profile (served the way docs/deploy.md publishes it:
 * gzip, the cache headers, the CSP header). Throws, never skips, when nginx is missing.
 */
export async function startNginx(opts: { dir: string; path: string; repoRoot: string; port?: number }): Promise<RunningNginx> {
  if (spawnSync(NGINX, ['-v']).error) throw new Error('nginx is not installed (apt-get install nginx; .ci/run does it)');
  if (!existsSync(join(opts.dir, 'index.html'))) throw new Error(`${opts.dir} has no index.html: build first`);
  const tmp = mkdtempSync(join(tmpdir(), 'ram-nginx-'));
  chmodSync(tmp, 0o755);
  const www = join(tmp, 'www');
  const segments = opts.path.split('/').filter(Boolean);
  mkdirSync(join(www, ...segments.slice(0, -1)), { recursive: true });
  if (segments.length === 0) throw new Error('startNginx: serve under a sub-path, e.g. /ban-do/');
  symlinkSync(opts.dir, join(www, ...segments));
  const port = opts.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  writeFileSync(join(tmp, 'site.conf'), nginxConf({ path: opts.path, root: www, listen: `127.0.0.1:${port}`, serverName: 'localhost', csp: cspHeaderValue(opts.repoRoot) }));
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(tmp, t)};`).join('\n');
  const accessLog = join(tmp, 'access.log');
  writeFileSync(
    join(tmp, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root root;\n' : ''}worker_processes 1;
error_log ${join(tmp, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  access_log ${accessLog};
${temps}
  include ${join(tmp, 'site.conf')};
}
`,
  );
  const args = ['-p', tmp, '-e', join(tmp, 'error.log'), '-c', join(tmp, 'nginx.conf')];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the generated config:\n${check.stderr}`);
  const nginx: ChildProcess = spawn(NGINX, [...args, '-g', `daemon off; pid ${join(tmp, 'nginx.pid')};`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = async () => {
    if (nginx.exitCode === null) {
      const exited = new Promise((r) => nginx.once('exit', r));
      nginx.kill('SIGQUIT');
      await exited;
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null) {
      await stop();
      throw new Error(`nginx exited: ${stderr}`);
    }
    try {
      await fetch(`${origin}${opts.path}`);
      break;
    } catch {
      if (i > 100) {
        await stop();
        throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { origin, port, url: (rel) => `${origin}${opts.path}${rel}`, accessLog, stop };
}

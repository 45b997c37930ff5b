import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: PreviewServer | undefined;

/** Serve the built app (dist/) with `vite preview` on a free local port for every browser spec. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(`${root}/dist/index.html`)) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  }
  server = await preview({ root, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

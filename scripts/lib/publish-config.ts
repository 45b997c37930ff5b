import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NEEDS_BASE_URL, PublicBaseUrlSchema, PublishConfigSchema, type PublishConfig } from '../../src/domain/publish/publish-config.ts';

export const PUBLISH_CONFIG_FILE = 'publish.config.json';

/**
 * Read `publish.config.json` (the one place the public address lives), with PUBLIC_BASE_URL from the environment
 * overriding its `publicBaseUrl`. A malformed file or variable throws with the file and field: a build must not
 * publish wrong canonical links or QR codes quietly.
 */
export function readPublishConfig(root: string, env: NodeJS.ProcessEnv = process.env): PublishConfig {
  const file = join(root, PUBLISH_CONFIG_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${PUBLISH_CONFIG_FILE}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = PublishConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${PUBLISH_CONFIG_FILE}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const fromEnv = env['PUBLIC_BASE_URL'];
  if (fromEnv === undefined || fromEnv === '') return parsed.data;
  const base = PublicBaseUrlSchema.safeParse(fromEnv);
  if (!base.success) throw new Error(`PUBLIC_BASE_URL: ${base.error.issues[0]?.message ?? 'invalid'}`);
  return { ...parsed.data, publicBaseUrl: base.data };
}

/** The build's plain message when no public address is set. */
export function missingBaseUrlMessage(): string {
  return (
    `publicBaseUrl is not set (${PUBLISH_CONFIG_FILE} or PUBLIC_BASE_URL); built without:\n` +
    NEEDS_BASE_URL.map((n) => `  - ${n}`).join('\n')
  );
}

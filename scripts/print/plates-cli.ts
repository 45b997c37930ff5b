import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PublicBaseUrlSchema } from '../../src/domain/publish/publish-config.ts';
import { validateContent } from '../../src/domain/validate/validate-content.ts';
import { readDataFolder } from '../lib/read-data-folder.ts';
import { PUBLISH_CONFIG_FILE, readPublishConfig } from '../lib/publish-config.ts';
import { buildPlatesPdf, plateUrl } from './plates-pdf.ts';

/**
 * npm run plates -- [--base-url URL] [--out FILE.pdf] [--sites id,id]: the QR plates (scripts/print/plates-pdf.ts)
 * for every site, or the ones named. The base URL defaults to publish.config.json / PUBLIC_BASE_URL; with neither it
 * refuses (a plate pointing at a laptop's 127.0.0.1 is useless on a wall).
 */
const USAGE = 'usage: npm run plates -- --base-url https://diachido.example.vn/ban-do/ --out qr-plates.pdf [--sites tin-keo,khuon-tat]';

const ArgsSchema = z.strictObject({
  'base-url': z.string().optional(),
  out: z.string().min(1).refine((s) => s.toLowerCase().endsWith('.pdf'), { message: 'must name a .pdf file' }).default('qr-plates.pdf'),
  sites: z.array(z.string()).default([]),
  help: z.boolean().optional(),
});

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

export async function main(argv: string[], root: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { 'base-url': { type: 'string' }, out: { type: 'string' }, sites: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: false,
  });
  const args = ArgsSchema.safeParse(values);
  if (!args.success) throw new Error(`--${String(args.error.issues[0]?.path[0])}: ${args.error.issues[0]?.message}\n${USAGE}`);
  if (args.data.help) return USAGE;

  const config = readPublishConfig(root, env);
  let baseUrl = config.publicBaseUrl;
  if (args.data['base-url'] !== undefined) {
    const parsed = PublicBaseUrlSchema.safeParse(args.data['base-url']);
    if (!parsed.success) throw new Error(`--base-url: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    baseUrl = parsed.data;
  }
  if (baseUrl === null) {
    throw new Error(
      `npm run plates needs the public address of the map, the one every QR code will open.\n` +
        `Pass --base-url https://…/ or set "publicBaseUrl" in ${PUBLISH_CONFIG_FILE} (or PUBLIC_BASE_URL).\n${USAGE}`,
    );
  }
  if (LOOPBACK.test(new URL(baseUrl).hostname)) {
    throw new Error(`--base-url ${baseUrl}: a plate must open the published map, not this computer (${new URL(baseUrl).hostname}).`);
  }

  const { content, problems } = validateContent(readDataFolder(root));
  if (problems.length > 0) throw new Error(`the content has ${problems.length} problem(s); run npm run data:check`);
  const wanted = args.data.sites.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((id) => !content.sites.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`--sites: no site ${unknown.map((id) => `"${id}"`).join(', ')} (ids are in data/sites.geojson)`);
  const sites = wanted.length > 0 ? wanted.map((id) => content.sites.find((s) => s.id === id)).filter((s) => s !== undefined) : content.sites;

  const pdf = await buildPlatesPdf({ sites, baseUrl, credit: config.plateCredit });
  const out = resolve(env['INIT_CWD'] ?? process.cwd(), args.data.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, pdf);
  const credit = config.plateCredit ? '' : `\n(no credit line: set "plateCredit" in ${PUBLISH_CONFIG_FILE})`;
  return `${out}: ${sites.length} A5 plate(s), ${Math.round(pdf.length / 1024)} KB; first QR opens ${plateUrl(baseUrl, sites[0]?.id ?? '')}${credit}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2), join(import.meta.dirname, '../..')).then(
    (msg) => console.log(msg),
    (e: unknown) => {
      console.error(`plates: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}

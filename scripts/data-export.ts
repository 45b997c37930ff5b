/**
 * npm run data:export -- <file.csv> [--root <folder containing data/>]
 * Writes every site of data/sites.geojson to a spreadsheet (CSV, UTF-8 with BOM) for Excel or LibreOffice.
 * The sheet is read back before it is written: export refuses if importing it would not give the same data.
 * Layout and workflow: docs/content-guide.md.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sitesToCsvChecked } from '../src/domain/csv/index.ts';
import { decodeUtf8 } from '../src/domain/validate/decode.ts';
import { formatProblem } from '../src/domain/validate/problem.ts';
import { SITES_FILE } from '../src/domain/validate/validate-content.ts';
import { validateSites } from '../src/domain/validate/validate-sites.ts';

export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../..');

export type ExportOutcome = { ok: true; sites: number; columns: number } | { ok: false; errors: string[] };

/** Write `path` atomically: a temporary file in the same folder, then rename over the target. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Export `<root>/data/sites.geojson` to `outFile`. Never writes anything when the data is invalid. */
export function exportSitesFile(root: string, outFile: string): ExportOutcome {
  const sitesPath = join(root, SITES_FILE);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(sitesPath));
  } catch (e) {
    return { ok: false, errors: [`cannot read ${sitesPath}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const decoded = decodeUtf8(SITES_FILE, bytes);
  if (!decoded.ok) return { ok: false, errors: [formatProblem(decoded.problem)] };
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (e) {
    return { ok: false, errors: [`${SITES_FILE}: invalid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  const { sites, problems } = validateSites(SITES_FILE, json);
  if (problems.length > 0) {
    return { ok: false, errors: [...problems.map(formatProblem), 'fix these first (npm run data:check); nothing was exported'] };
  }
  const { csv, problems: lossy } = sitesToCsvChecked(sites);
  if (lossy.length > 0) return { ok: false, errors: [...lossy, 'the sheet would not import back unchanged; nothing was exported'] };
  writeFileAtomic(outFile, csv);
  const columns = csv.slice(0, csv.indexOf('\r\n')).split(',').length;
  return { ok: true, sites: sites.length, columns };
}

/** Paths on the command line are relative to where `npm run` was typed, not to the package folder. */
export function userPath(p: string): string {
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), p);
}

export function parseArgs(argv: readonly string[]): { file?: string; root: string; rest: string[] } {
  let root = REPO_ROOT;
  let file: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--root') root = userPath(argv[++i] ?? '.');
    else if (a.startsWith('--')) rest.push(a);
    else if (file === undefined) file = userPath(a);
    else rest.push(a);
  }
  return { ...(file === undefined ? {} : { file }), root, rest };
}

function main(): void {
  const { file, root } = parseArgs(process.argv.slice(2));
  if (file === undefined) {
    console.error('usage: npm run data:export -- <file.csv> [--root <folder containing data/>]');
    process.exit(2);
  }
  const outcome = exportSitesFile(root, file);
  if (!outcome.ok) {
    for (const e of outcome.errors) console.error(e);
    process.exit(1);
  }
  console.log(`data:export: ${outcome.sites} sites, ${outcome.columns} columns → ${file}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

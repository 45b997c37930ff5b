/**
 * npm run data:import -- <file.csv> [--root <folder containing data/>] [--dry-run]
 * Reads a sheet made by data:export (and edited in Excel or LibreOffice) back into data/sites.geojson.
 * Every row is validated with the content schema; every error is printed with its row number and column header;
 * nothing is written unless the whole sheet is valid. The file is replaced atomically (temp file + rename).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { csvToSites, formatSheetError, serializeSites } from '../src/domain/csv/index.ts';
import { formatProblem } from '../src/domain/validate/problem.ts';
import { SITES_FILE, validateContent } from '../src/domain/validate/validate-content.ts';
import { parseArgs, writeFileAtomic } from './data-export.ts';
import { readDataFolder } from './lib/read-data-folder.ts';

export type ImportOutcome =
  | { ok: true; sites: number; changed: boolean; warnings: string[] }
  | { ok: false; errors: string[] };

/**
 * Problems the new sites would cause elsewhere in the content folder (e.g. a route naming a deleted site):
 * those not already present before the import block it; those already present are only warnings.
 */
function folderCheck(root: string, newSites: string): { blocking: string[]; warnings: string[] } {
  if (!existsSync(join(root, 'data'))) return { blocking: [], warnings: [] };
  const files = readDataFolder(root);
  const before = new Set(validateContent(files).problems.map(formatProblem));
  const after = new Map(files);
  after.set(SITES_FILE, new TextEncoder().encode(newSites));
  const problems = validateContent(after).problems.map(formatProblem);
  return { blocking: problems.filter((p) => !before.has(p)), warnings: problems.filter((p) => before.has(p)) };
}

export function importSheetFile(csvFile: string, root: string, opts: { dryRun?: boolean } = {}): ImportOutcome {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(csvFile));
  } catch (e) {
    return { ok: false, errors: [`cannot read ${csvFile}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const result = csvToSites(bytes);
  if (!result.ok) return { ok: false, errors: result.errors.map(formatSheetError) };
  const text = serializeSites(result.sites);
  const { blocking, warnings } = folderCheck(root, text);
  if (blocking.length > 0) {
    return { ok: false, errors: blocking.map((p) => `nếu nhập bảng này / with this sheet imported: ${p}`) };
  }
  const target = join(root, SITES_FILE);
  const changed = !existsSync(target) || readFileSync(target, 'utf8') !== text;
  if (changed && opts.dryRun !== true) writeFileAtomic(target, text);
  return { ok: true, sites: result.sites.length, changed, warnings };
}

function main(): void {
  const { file, root, rest } = parseArgs(process.argv.slice(2));
  if (file === undefined) {
    console.error('usage: npm run data:import -- <file.csv> [--root <folder containing data/>] [--dry-run]');
    process.exit(2);
  }
  const dryRun = rest.includes('--dry-run');
  const outcome = importSheetFile(file, root, { dryRun });
  if (!outcome.ok) {
    for (const e of outcome.errors) console.error(e);
    console.error(
      `data:import: ${outcome.errors.length} lỗi, chưa ghi gì / ${outcome.errors.length} error${outcome.errors.length === 1 ? '' : 's'}, nothing was written`,
    );
    process.exit(1);
  }
  for (const w of outcome.warnings) console.warn(`(đã có từ trước / already present) ${w}`);
  const what = !outcome.changed ? 'không có gì thay đổi / no changes' : dryRun ? 'hợp lệ, chưa ghi (--dry-run) / valid, not written (--dry-run)' : `đã ghi / written ${resolve(root, SITES_FILE)}`;
  console.log(`data:import: ${outcome.sites} sites – ${what}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

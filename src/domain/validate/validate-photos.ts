import type { SiteFeature } from '../schema/site.ts';
import {
  MAX_PHOTO_BYTES,
  PHOTO_FILE_NAME,
  PHOTO_FORMAT,
  PHOTO_SIDECAR_NAME,
  PhotoSidecarSchema,
  sniffImage,
  type PhotoExtension,
  type PhotoSidecar,
} from '../media/photos.ts';
import { parseJsonFile } from './decode.ts';
import { issuesToProblems, type Problem } from './problem.ts';

/** A photo whose name, site, sidecar, size and first bytes passed; the build's decoder (sharp) reads it whole. */
export interface PhotoEntry {
  file: string;
  siteId: string;
  name: string;
  ext: PhotoExtension;
  sidecar: PhotoSidecar;
}

/**
 * Check data/images/: every photo sits in the folder of a known site, has a sidecar with caption, alt text (vi, en),
 * credit, an allowed licence, source and date, is not too large, and starts with the bytes of the format its name says.
 */
export function validatePhotos(files: ReadonlyMap<string, Uint8Array>, sites: readonly SiteFeature[]): { photos: PhotoEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = new Set(sites.map((s) => s.id));
  const sidecars = new Map<string, string>(); // "<site>/<name>" → sidecar file
  const images = new Map<string, string[]>(); // "<site>/<name>" → photo files
  for (const file of files.keys()) {
    if (!file.startsWith('data/images/') || file.endsWith('/README.md')) continue;
    const img = PHOTO_FILE_NAME.exec(file)?.groups;
    const side = PHOTO_SIDECAR_NAME.exec(file)?.groups;
    if (img) {
      const key = `${img['siteId']}/${img['name']}`;
      images.set(key, [...(images.get(key) ?? []), file]);
    } else if (side) sidecars.set(`${side['siteId']}/${side['name']}`, file);
    else {
      problems.push({
        file,
        path: 'fileName',
        message: 'not a photo name: use data/images/<site-id>/<name>.<jpg|jpeg|png|webp> (lowercase, a-z 0-9 -) with its sidecar <name>.json',
      });
    }
  }

  const photos: PhotoEntry[] = [];
  for (const [key, list] of images) {
    const [siteId = '', name = ''] = key.split('/');
    const file = list[0] ?? '';
    let ok = true;
    if (list.length > 1) {
      problems.push({ file: list[1] ?? file, feature: siteId, path: 'fileName', message: `a second photo named ${key} (${list.join(', ')}): one sidecar describes one photo, rename one` });
      ok = false;
    }
    if (!known.has(siteId)) {
      problems.push({ file, feature: siteId, path: 'fileName', message: `photo for a site that does not exist ("${siteId}"): the folder must be a site id` });
      ok = false;
    }
    const bytes = files.get(file) ?? new Uint8Array();
    const ext = /\.(jpg|jpeg|png|webp)$/.exec(file)?.[1] as PhotoExtension;
    if (bytes.length === 0) {
      problems.push({ file, feature: siteId, path: '', message: 'file is empty' });
      ok = false;
    } else if (bytes.length > MAX_PHOTO_BYTES) {
      problems.push({ file, feature: siteId, path: '', message: `file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_PHOTO_BYTES / 1048576} MB limit for a photo` });
      ok = false;
    } else {
      const format = sniffImage(bytes);
      if (format === null) {
        problems.push({ file, feature: siteId, path: 'format', message: 'not an image (its first bytes are not JPEG, PNG or WebP)' });
        ok = false;
      } else if (format !== PHOTO_FORMAT[ext]) {
        problems.push({ file, feature: siteId, path: 'format', message: `is ${format.toUpperCase()}, not ${PHOTO_FORMAT[ext].toUpperCase()} as .${ext} says` });
        ok = false;
      }
    }
    const sidecarFile = sidecars.get(key);
    if (sidecarFile === undefined) {
      problems.push({ file, feature: siteId, path: 'sidecar', message: `no sidecar data/images/${key}.json with caption, alt, credit, licence, source and date` });
      continue;
    }
    const parsed = parseJsonFile(sidecarFile, files.get(sidecarFile) ?? new Uint8Array());
    if (!parsed.ok) {
      problems.push({ ...parsed.problem, feature: siteId });
      continue;
    }
    const sidecar = PhotoSidecarSchema.safeParse(parsed.value);
    if (!sidecar.success) {
      problems.push(...issuesToProblems(sidecar.error.issues, sidecarFile, siteId));
      continue;
    }
    if (ok) photos.push({ file, siteId, name, ext, sidecar: sidecar.data });
  }
  for (const [key, file] of sidecars) {
    if (!images.has(key)) {
      problems.push({ file, feature: key.split('/')[0] ?? key, path: 'fileName', message: `sidecar without a photo (data/images/${key}.jpg, .jpeg, .png or .webp)` });
    }
  }
  return { photos: photos.sort((a, b) => a.file.localeCompare(b.file)), problems };
}

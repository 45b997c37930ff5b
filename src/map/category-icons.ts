import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Category } from '../domain/schema/site.ts';
import { CATEGORY_STYLE, iconId } from './category-style.ts';

// The categories are read off CATEGORY_STYLE (typed by every category), not the schema's CATEGORIES: importing the
// schema would pull zod into the map layer, and into the bench's bare-MapLibre floor page, which shares this file.
const CATEGORIES = Object.keys(CATEGORY_STYLE) as Category[];

const SIZE = 24;

/** Draw one category symbol (white halo for contrast on any basemap) into RGBA pixels at the device ratio. */
function drawIcon(path: string, color: string, ratio: number): ImageData | null {
  const px = Math.round((SIZE + 4) * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(ratio, ratio);
  ctx.translate(2, 2);
  const shape = new Path2D(path);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(shape);
  ctx.fillStyle = color;
  ctx.fill(shape, 'evenodd');
  return ctx.getImageData(0, 0, px, px);
}

/** Add every category icon to the map's style (again after a style change); safe to call repeatedly. */
export function addCategoryIcons(map: MapLibreMap): void {
  const ratio = Math.max(1, Math.min(3, Math.ceil(window.devicePixelRatio || 1)));
  for (const category of CATEGORIES) {
    const id = iconId(category);
    if (map.hasImage(id)) continue;
    const { path, color } = CATEGORY_STYLE[category];
    const image = drawIcon(path, color, ratio);
    if (image) map.addImage(id, image, { pixelRatio: ratio });
  }
}

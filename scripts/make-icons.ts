/**
 * tsx scripts/make-icons.ts: the PWA icons in public/icons/ (192, 512, maskable 512): a red five-pointed star
 * with a gold rim on a dark red field. Anti-aliased by 4×4 supersampling; no other dependency than pngjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

type Rgb = [number, number, number];
const FIELD: Rgb = [0x5a, 0x0e, 0x0e];
const STAR: Rgb = [0xe0, 0x24, 0x1b];
const RIM: Rgb = [0xf4, 0xc4, 0x30];

/** The ten corners of a five-pointed star, centred at (cx, cy), point up. */
function starPolygon(cx: number, cy: number, outer: number): Array<[number, number]> {
  const inner = outer * 0.382;
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as [number, number];
  });
}

function inside(poly: Array<[number, number]>, x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** `starScale`: outer radius as a share of the icon size (maskable icons keep the star in the safe circle). */
function icon(size: number, starScale: number, rounded: boolean): Buffer {
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  const rim = starPolygon(c, c * 1.04, size * starScale);
  const star = starPolygon(c, c * 1.04, size * starScale * 0.86);
  const radius = rounded ? size * 0.18 : 0;
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const px = x + (sx + 0.5) / S;
          const py = y + (sy + 0.5) / S;
          // Rounded corners of the field (transparent outside).
          const dx = Math.max(radius - px, px - (size - radius), 0);
          const dy = Math.max(radius - py, py - (size - radius), 0);
          if (radius > 0 && dx * dx + dy * dy > radius * radius) continue;
          const col = inside(star, px, py) ? STAR : inside(rim, px, py) ? RIM : FIELD;
          acc[0]! += col[0];
          acc[1]! += col[1];
          acc[2]! += col[2];
          acc[3]! += 255;
        }
      }
      const n = S * S;
      const covered = acc[3]! / 255;
      const i = (y * size + x) * 4;
      png.data[i] = covered ? Math.round(acc[0]! / covered) : 0;
      png.data[i + 1] = covered ? Math.round(acc[1]! / covered) : 0;
      png.data[i + 2] = covered ? Math.round(acc[2]! / covered) : 0;
      png.data[i + 3] = Math.round(acc[3]! / n);
    }
  }
  return PNG.sync.write(png);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, 0.4, true));
writeFileSync('public/icons/icon-512.png', icon(512, 0.4, true));
// Maskable: full-bleed field; the star stays inside the 80 % safe circle.
writeFileSync('public/icons/icon-maskable-512.png', icon(512, 0.3, false));
writeFileSync('public/icons/apple-touch-icon-180.png', icon(180, 0.36, false));
console.log('public/icons: icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon-180.png');

import sharp from 'sharp';

/**
 * A generated photo for tests (the repository ships no photo): a colour gradient with seeded noise, so the encoders
 * have photo-like detail to compress, never a flat fill.
 */
export async function testPhoto(width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg', seed = 1): Promise<Uint8Array> {
  const raw = Buffer.alloc(width * height * 3);
  let s = seed >>> 0 || 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1664525 + 1013904223) >>> 0;
      const n = (s >>> 24) % 24;
      const i = (y * width + x) * 3;
      raw[i] = Math.min(255, Math.round((200 * x) / width) + n);
      raw[i + 1] = Math.min(255, Math.round((160 * y) / height) + n);
      raw[i + 2] = Math.min(255, 90 + n);
    }
  }
  const img = sharp(raw, { raw: { width, height, channels: 3 } });
  const out = format === 'jpeg' ? img.jpeg({ quality: 85 }) : format === 'png' ? img.png() : img.webp({ quality: 85 });
  return new Uint8Array(await out.toBuffer());
}

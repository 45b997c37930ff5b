/**
 * "Lưu thành ảnh" / "Save as an image": the visit passport drawn on a canvas (the stamp grid and the progress, e.g.
 * 7/31) as a PNG, handed to the phone's share sheet when it takes files, else saved as a download. Everything happens
 * on the device: no upload, no server. Loaded on the first press (the passport view imports it dynamically).
 */
import { downloadBlob } from '../../shared/download.ts';

export interface PassportImageCell {
  name: string;
  stamped: boolean;
  /** The stamp's date, or the "not stamped yet" words. */
  when: string;
}

export interface PassportImage {
  title: string;
  /** The big figure, "7/31". */
  figure: string;
  /** The progress in words ("Đã có 7/31 dấu"). */
  progress: string;
  cells: readonly PassportImageCell[];
  /** The app's name, at the foot. */
  footer: string;
}

/** The part of a 2D context the drawing uses (a real canvas, or a recording fake in tests). */
export type Ctx = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'fillRect'
  | 'fillText'
  | 'measureText'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'roundRect'
  | 'save'
  | 'restore'
>;

export const WIDTH = 1080;
const MARGIN = 48;
const GAP = 16;
const COLS = 4;
const HEAD = 250;
const CELL_H = 170;
const FOOT = 90;
const FONT = "'Be Vietnam Pro', system-ui, sans-serif";
const RED = '#8b1a1a';
const INK = '#1f1a17';
const MUTED = '#7a6d64';

export function imageHeight(cells: number): number {
  const rows = Math.max(1, Math.ceil(cells / COLS));
  return HEAD + rows * CELL_H + (rows - 1) * GAP + FOOT;
}

/** Pure: words into at most `maxLines` lines of `maxWidth`; the last one ends with "…" when the text goes on. */
export function wrapText(measure: (s: string) => number, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line === '' || measure(next) <= maxWidth) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      cut = true;
      break;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  const at = lines.length - 1;
  let last = lines[at] ?? '';
  if (cut || measure(last) > maxWidth) {
    while (last.length > 1 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1).trimEnd();
    lines[at] = `${last}…`;
  }
  return lines;
}

function star(ctx: Ctx, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const rr = k % 2 === 0 ? r : r * 0.45;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const x = cx + rr * Math.cos(a);
    const y = cy + rr * Math.sin(a);
    if (k === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  ctx.fill();
}

/** Draw the passport on a WIDTH × imageHeight(cells) canvas. */
export function drawPassport(ctx: Ctx, data: PassportImage): void {
  const height = imageHeight(data.cells.length);
  ctx.fillStyle = '#fffaf2';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = RED;
  ctx.fillRect(0, 0, WIDTH, 14);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = RED;
  ctx.font = `700 52px ${FONT}`;
  ctx.fillText(data.title, MARGIN, 100);
  ctx.fillStyle = INK;
  ctx.font = `600 30px ${FONT}`;
  ctx.fillText(data.progress, MARGIN, 150);
  ctx.textAlign = 'right';
  ctx.fillStyle = RED;
  ctx.font = `700 84px ${FONT}`;
  ctx.fillText(data.figure, WIDTH - MARGIN, 150);
  // The progress bar.
  const stamped = data.cells.filter((c) => c.stamped).length;
  const barW = WIDTH - 2 * MARGIN;
  ctx.fillStyle = '#eadfd2';
  ctx.fillRect(MARGIN, 184, barW, 18);
  ctx.fillStyle = RED;
  ctx.fillRect(MARGIN, 184, data.cells.length === 0 ? 0 : Math.round((barW * stamped) / data.cells.length), 18);

  const cellW = (WIDTH - 2 * MARGIN - (COLS - 1) * GAP) / COLS;
  data.cells.forEach((cell, i) => {
    const x = MARGIN + (i % COLS) * (cellW + GAP);
    const y = HEAD + Math.floor(i / COLS) * (CELL_H + GAP);
    ctx.save();
    ctx.beginPath();
    ctx.roundRect(x, y, cellW, CELL_H, 14);
    ctx.fillStyle = cell.stamped ? '#fff6f2' : '#ffffff';
    ctx.fill();
    ctx.setLineDash(cell.stamped ? [] : [8, 6]);
    ctx.lineWidth = cell.stamped ? 4 : 2;
    ctx.strokeStyle = cell.stamped ? RED : '#c9bcab';
    ctx.stroke();
    ctx.setLineDash([]);
    // The seal: a red star in a double ring when stamped, an empty dashed ring when not.
    const cx = x + cellW / 2;
    ctx.beginPath();
    ctx.arc(cx, y + 38, 24, 0, Math.PI * 2);
    ctx.lineWidth = cell.stamped ? 3 : 2;
    ctx.setLineDash(cell.stamped ? [] : [5, 4]);
    ctx.strokeStyle = cell.stamped ? '#b3001b' : '#c9bcab';
    ctx.stroke();
    ctx.setLineDash([]);
    if (cell.stamped) {
      ctx.fillStyle = '#b3001b';
      star(ctx, cx, y + 39, 16);
    }
    ctx.textAlign = 'center';
    ctx.fillStyle = cell.stamped ? INK : MUTED;
    ctx.font = `600 21px ${FONT}`;
    const lines = wrapText((s) => ctx.measureText(s).width, cell.name, cellW - 20, 3);
    lines.forEach((l, k) => ctx.fillText(l, cx, y + 88 + k * 25));
    ctx.fillStyle = cell.stamped ? RED : MUTED;
    ctx.font = `${cell.stamped ? 600 : 400} 17px ${FONT}`;
    ctx.fillText(cell.when, cx, y + CELL_H - 12);
    ctx.restore();
  });

  ctx.textAlign = 'center';
  ctx.fillStyle = MUTED;
  ctx.font = `500 24px ${FONT}`;
  ctx.fillText(data.footer, WIDTH / 2, height - 36);
}

export interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): Ctx | null;
  toBlob(done: (blob: Blob | null) => void, type?: string): void;
}

/** The passport as PNG bytes, drawn once the app's font is ready (a missing font falls back, never fails). */
export async function renderPassportPng(data: PassportImage, makeCanvas: () => CanvasLike = () => document.createElement('canvas') as unknown as CanvasLike): Promise<Blob> {
  try {
    await Promise.all([document.fonts?.load(`700 52px ${FONT}`), document.fonts?.load(`600 21px ${FONT}`)]);
  } catch {
    // The system font draws it instead.
  }
  const canvas = makeCanvas();
  canvas.width = WIDTH;
  canvas.height = imageHeight(data.cells.length);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  drawPassport(ctx, data);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas made no PNG'))), 'image/png'));
}

export type Delivered = 'shared' | 'downloaded' | 'cancelled';

type ShareNavigator = Pick<Navigator, 'share' | 'canShare'>;

/**
 * Hand the PNG to the share sheet when the browser can share files (phones), else save it as a download. A share
 * the person cancels is left at that; any other refusal falls back to the download.
 */
export async function deliverImage(blob: Blob, fileName: string, title: string, nav: Partial<ShareNavigator> = navigator): Promise<Delivered> {
  const file = new File([blob], fileName, { type: 'image/png' });
  let canShare = false;
  try {
    canShare = typeof nav.share === 'function' && typeof nav.canShare === 'function' && nav.canShare({ files: [file] });
  } catch {
    canShare = false;
  }
  if (canShare && nav.share) {
    try {
      await nav.share({ files: [file], title });
      return 'shared';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
    }
  }
  downloadBlob(fileName, blob);
  return 'downloaded';
}

export async function exportPassportImage(data: PassportImage, fileName: string): Promise<Delivered> {
  return deliverImage(await renderPassportPng(data), fileName, data.title);
}

/**
 * Padding for fitBounds so a route lands in the part of the map the planner and the site panel leave visible:
 * a panel over the map's left or right edge, or a bottom sheet over its lower part (phones).
 */
export function fitPadding(container: HTMLElement, margin = 48): { top: number; right: number; bottom: number; left: number } {
  const box = container.getBoundingClientRect();
  const pad = { top: margin, right: margin, bottom: margin, left: margin };
  for (const el of document.querySelectorAll<HTMLElement>('.planner, .site-panel')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom) continue;
    const fullHeight = r.top <= box.top + 4 && r.bottom >= box.bottom - 4;
    if (fullHeight && r.left <= box.left + 4) pad.left = Math.max(pad.left, r.right - box.left + margin);
    else if (fullHeight && r.right >= box.right - 4) pad.right = Math.max(pad.right, box.right - r.left + margin);
    else if (r.bottom >= box.bottom - 4) pad.bottom = Math.max(pad.bottom, box.bottom - r.top + margin);
  }
  // Never pad away the whole map (a tiny screen): keep at least a third of each side.
  const maxH = box.width * 0.66;
  const maxV = box.height * 0.66;
  if (pad.left + pad.right > maxH) {
    const k = maxH / (pad.left + pad.right);
    pad.left *= k;
    pad.right *= k;
  }
  if (pad.top + pad.bottom > maxV) {
    const k = maxV / (pad.top + pad.bottom);
    pad.top *= k;
    pad.bottom *= k;
  }
  return pad;
}

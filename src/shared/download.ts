/**
 * Saves a blob as a file through a hidden link (the browser's own download, no server). The object URL lives long
 * enough for the download to start; the bytes are then the browser's.
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves a text as a file (GPX, GeoJSON, CSV). */
export function download(name: string, type: string, text: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

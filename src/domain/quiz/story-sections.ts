/** The `##` headings of a story body, in order: the sections a quiz question may point to. */
export function storySections(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (m?.[1] !== undefined) out.push(m[1]);
  }
  return out;
}

/**
 * The anchor id of a story section in the rendered page, the same for the renderer and the quiz's "read more" link.
 * Diacritics are kept off the id (đ → d) so the id is plain ASCII.
 */
export function sectionAnchor(siteId: string, heading: string): string {
  const slug = heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `story-${siteId}-${slug}`;
}

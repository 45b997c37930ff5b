/**
 * A tiny XML writer for the GPX export. Why not a library: the npm candidate (gpx-builder 6) pulls in
 * xmlbuilder2 and @babel/runtime for what is here ~40 lines; GPX needs only elements, attributes and text, and
 * escaping the five XML specials plus dropping characters XML 1.0 forbids is all the care it takes.
 */
export type XmlNode = { name: string; attrs?: Record<string, string | number>; children?: (XmlNode | string)[] };

// XML 1.0 allows tab, LF, CR and U+0020 upward except U+FFFE/U+FFFF; lone surrogates are not text either.
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NAME = /^[A-Za-z_][\w.:-]*$/;

export function el(name: string, attrs?: Record<string, string | number>, ...children: (XmlNode | string)[]): XmlNode {
  return attrs === undefined ? { name, children } : { name, attrs, children };
}

function render(node: XmlNode | string, depth: number): string {
  const pad = '  '.repeat(depth);
  if (typeof node === 'string') return pad + escapeXml(node);
  if (!NAME.test(node.name)) throw new Error(`invalid XML name ${node.name}`);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => {
      if (!NAME.test(k)) throw new Error(`invalid XML attribute ${k}`);
      return ` ${k}="${escapeXml(String(v))}"`;
    })
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${pad}<${node.name}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) {
    return `${pad}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`;
  }
  return `${pad}<${node.name}${attrs}>\n${children.map((c) => render(c, depth + 1)).join('\n')}\n${pad}</${node.name}>`;
}

export function renderXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, 0)}\n`;
}

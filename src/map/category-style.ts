import type { Category } from '../domain/schema/site.ts';

/**
 * Each category has a colour AND a shape, so colour is never the only cue (WCAG 1.4.1). Shapes are SVG paths
 * in a 24×24 box; the same definitions draw the map icons (canvas Path2D) and the legend/list icons (SVG).
 */
export interface CategoryStyle {
  color: string;
  path: string;
}

const STAR = 'M12 1.8l3.1 6.6 7.1.8-5.3 4.9 1.5 7.1L12 17.6l-6.4 3.6 1.5-7.1L1.8 9.2l7.1-.8z';
const CIRCLE = 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z';
const TRIANGLE = 'M12 2.5L22 20.5H2z';
const DIAMOND = 'M12 1.5L22.5 12L12 22.5L1.5 12z';
const SQUARE = 'M3.5 3.5h17v17h-17z';
const HEXAGON = 'M12 2l8.7 5v10L12 22l-8.7-5V7z';
const HOUSE = 'M12 2.5l10 8.5h-2.5v10h-15V11H2z';
const BARS = 'M3 3h18v18H3zM7.5 5.5v13h2v-13zm7 0v13h2v-13z';
const PAGODA = 'M12 1.5l4 4h-2v2.5l6 4.5h-3V21H7v-8.5H4l6-4.5V5.5H8z';
const LEAF = 'M20.5 3.5C9 3.5 3.5 9 3.5 20.5C15 20.5 20.5 15 20.5 3.5z';

export const CATEGORY_STYLE: Record<Category, CategoryStyle> = {
  'relic-complex': { color: '#b3001b', path: STAR },
  headquarters: { color: '#c62828', path: CIRCLE },
  military: { color: '#4e5d1b', path: TRIANGLE },
  'founding-site': { color: '#c43e00', path: DIAMOND },
  'education-press': { color: '#1b4f9c', path: SQUARE },
  memorial: { color: '#6a1b9a', path: HEXAGON },
  museum: { color: '#00695c', path: HOUSE },
  prison: { color: '#37474f', path: BARS },
  temple: { color: '#795548', path: PAGODA },
  scenic: { color: '#2e7d32', path: LEAF },
};

export const iconId = (category: Category): string => `cat-${category}`;

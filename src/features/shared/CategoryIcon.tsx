import type { Category } from '../../domain/schema/site.ts';
import { CATEGORY_STYLE } from '../../map/category-style.ts';

/** The same symbol as on the map, for lists and legends. Decorative: the category name is always beside it. */
export function CategoryIcon({ category, size = 20 }: { category: Category; size?: number }) {
  const { color, path } = CATEGORY_STYLE[category];
  return (
    <svg width={size} height={size} viewBox="-2 -2 28 28" aria-hidden="true" focusable="false" className="category-icon">
      <path d={path} fill={color} fillRule="evenodd" stroke="#fff" strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}

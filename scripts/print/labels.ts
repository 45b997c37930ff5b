import type { Lang } from '../../src/domain/schema/common.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import appVi from '../../src/i18n/locales/vi.json';
import appEn from '../../src/i18n/locales/en.json';
import printVi from './locales/vi.json';
import printEn from './locales/en.json';

/**
 * The words on the printed QR plates and the preview images: the app's own labels for rank, category and position
 * (src/i18n/locales, so a plate says what the site panel says) and this folder's few strings (./locales).
 */
const APP = { vi: appVi, en: appEn } as const;
export const PRINT = { vi: printVi, en: printEn } as const;

export function rankLabel(site: SiteFeature, lang: Lang): string {
  return APP[lang].rank[site.properties.rank.level];
}

export function categoryLabel(site: SiteFeature, lang: Lang): string {
  return APP[lang].category[site.properties.category];
}

export function confidenceLabel(site: SiteFeature, lang: Lang): string {
  return APP[lang].confidence[site.properties.location.confidence];
}

/** The summary's first sentence (a plate or a card has room for one), NFC. */
export function firstSentence(text: string): string {
  const s = text.normalize('NFC').trim();
  // A sentence ends at . ! ? followed by a space and a capital letter (not "1.5", not "TP. Thái Nguyên").
  const m = /^(.+?[.!?])\s+(?=[A-ZÀ-ỸĐ“"(])/u.exec(s);
  return (m?.[1] ?? s).trim();
}

// The same address form as the site panel's printed plate (src/features/site-plate).
export { displayUrl } from '../../src/domain/publish/publish-config.ts';

import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactElement } from 'react';
import { createI18n } from '../../src/i18n/i18n.ts';
import en from '../../src/i18n/locales/en.json';
import type { Lang } from '../../src/domain/schema/common.ts';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import { validateSites } from '../../src/domain/validate/validate-sites.ts';
import raw from '../../data/sites.geojson?raw';

export function renderWithI18n(ui: ReactElement, lang: Lang = 'vi') {
  const i18n = createI18n(lang, { en });
  return { ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>), i18n };
}

/** The real content, parsed by the real validator. */
export function realSites(): SiteFeature[] {
  return validateSites('data/sites.geojson', JSON.parse(raw)).sites;
}

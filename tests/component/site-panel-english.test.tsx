// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { SitePanel } from '../../src/features/site-panel/SitePanel.tsx';
import type { SiteFeature } from '../../src/domain/schema/site.ts';
import { renderWithI18n, realSites } from './render.tsx';

const sites = realSites();
const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const VIETNAMESE_WORDS = /\b(xã|phường|huyện|thị trấn|xóm|thôn|Quyết định|ngày|Chưa|chưa|của|và|trước|theo)\b/u;

/** Proper names of units (the Vietnamese names themselves, never translated): "Phú Đình", "Định Hóa", "Gia Sàng". */
const properNames = [
  ...new Set(
    sites.flatMap((s) => {
      const pl = s.properties.place;
      return [pl.district, pl.commune, pl.communeAfter2025, ...(pl.otherCommunesAfter2025 ?? [])].map((u) =>
        u.replace(/\s*\([^()]*\)$/, '').replace(/^(xã|phường|thị trấn)\s+/, ''),
      );
    }),
  ),
  'ATK Định Hóa',
  'Hà Nội',
].sort((a, b) => b.length - a.length);

/** The site's own English content: it may name places in Vietnamese ("Tỉn Keo"), which is right. */
function englishContent(s: SiteFeature): Set<string> {
  const p = s.properties;
  return new Set(
    [
      p.name.en,
      p.shortName?.en,
      p.summary.en,
      p.location.note.en,
      p.rank.note?.en,
      p.visit.opening?.en,
      p.visit.ticket?.en,
      p.visit.fromCity?.en,
      p.visit.fromHanoi?.en,
      ...p.dates.map((d) => d.event.en),
    ].filter((x): x is string => x !== undefined),
  );
}

/** Every piece of text the panel shows that is neither the site's English content nor marked lang="vi". */
function labelTexts(root: HTMLElement, content: Set<string>): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const text = n.textContent?.trim() ?? '';
    const parent = n.parentElement;
    if (text === '' || parent === null) continue;
    if (parent.closest('[lang="vi"]') !== null) continue;
    if (content.has(parent.textContent?.trim() ?? '')) continue;
    out.push(text);
  }
  return out;
}

describe('the site panel in English (issue 17 item 7)', () => {
  it('shows no Vietnamese-only label or fixed phrase for any site: only proper names and what is marked lang="vi"', () => {
    const found: string[] = [];
    let checked = 0;
    for (const site of sites) {
      const { container } = renderWithI18n(<SitePanel site={site} lang="en" onClose={() => undefined} />, 'en');
      for (const text of labelTexts(container, englishContent(site))) {
        checked += 1;
        let rest = text;
        for (const name of properNames) rest = rest.split(name).join('');
        if (VIETNAMESE_LETTERS.test(rest) || VIETNAMESE_WORDS.test(rest)) found.push(`${site.id}: ${text}`);
      }
      cleanup();
    }
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThan(sites.length * 10);
  });

  it('says the ranking decision, the units and the address in English words', () => {
    const atk = sites.find((s) => s.id === 'atk-dinh-hoa')!;
    const { container } = renderWithI18n(<SitePanel site={atk} lang="en" onClose={() => undefined} />, 'en');
    expect(container.querySelector('.site-panel__decision')?.textContent).toBe('Decision of the Prime Minister of 10 May 2012');
    expect(container.querySelector('.facts')?.textContent).toContain(
      'Phú Đình commune, Bình Yên commune, Định Hóa commune, Bình Thành commune, Kim Phượng commune',
    );
    cleanup();
    const tinKeo = sites.find((s) => s.id === 'tin-keo')!;
    renderWithI18n(<SitePanel site={tinKeo} lang="en" onClose={() => undefined} />, 'en');
    const decision = document.querySelector('.site-panel__decision');
    expect(decision?.textContent).toBe('Decision No. 10-VHTT/QĐ of 9 February 1981');
    expect(decision?.querySelector('[lang="vi"]')?.textContent).toBe('10-VHTT/QĐ');
    const hamlet = [...document.querySelectorAll('.facts dt')].find((dt) => dt.textContent === 'Hamlet or street / address');
    expect(hamlet?.nextElementSibling?.querySelector('[lang="vi"]')?.textContent).toBe(tinKeo.properties.place.hamlet);
    expect(hamlet?.nextElementSibling?.textContent).toContain('(in Vietnamese)');
    cleanup();
    renderWithI18n(<SitePanel site={tinKeo} lang="vi" onClose={() => undefined} />);
    expect(document.querySelector('.site-panel__decision')?.textContent).toBe('Quyết định số 10-VHTT/QĐ ngày 9/2/1981');
  });
});

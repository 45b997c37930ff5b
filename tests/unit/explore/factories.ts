import type { Category, RankLevel, SiteFeature } from '../../../src/domain/schema/site.ts';

/** What a test cares about; everything else gets a dull valid default. */
export interface SiteSpec {
  id: string;
  nameVi?: string;
  nameEn?: string;
  aliases?: string[];
  summaryVi?: string;
  summaryEn?: string;
  category?: Category;
  rank?: RankLevel;
  /** Partial dates, e.g. ['1947', '1953-12-06']. */
  dates?: string[];
  district?: string;
  commune?: string;
  communeAfter2025?: string;
  /** [lon, lat]; null = unlocated (confidence "none"). */
  at?: [number, number] | null;
}

export function makeSite(spec: SiteSpec): SiteFeature {
  const at = spec.at === undefined ? ([105.6, 21.9] as [number, number]) : spec.at;
  const nameVi = spec.nameVi ?? `Di tích ${spec.id}`;
  return {
    type: 'Feature',
    id: spec.id,
    geometry: at === null ? null : { type: 'Point', coordinates: at },
    properties: {
      name: { vi: nameVi, en: spec.nameEn ?? `Site ${spec.id}` },
      aliases: spec.aliases ?? [],
      summary: { vi: spec.summaryVi ?? 'Một địa điểm.', en: spec.summaryEn ?? 'A place.' },
      category: spec.category ?? 'memorial',
      redAddress: true,
      rank: { level: spec.rank ?? 'national' },
      dates: (spec.dates ?? []).map((date) => ({ date, event: { vi: 'Sự kiện', en: 'Event' } })),
      place: {
        district: spec.district ?? 'Định Hóa',
        commune: spec.commune ?? 'Phú Đình',
        communeAfter2025: spec.communeAfter2025 ?? 'xã Phú Đình',
        communeAfter2025Confidence: 'official',
      },
      location: {
        confidence: at === null ? 'none' : 'source',
        note: { vi: 'Ghi chú', en: 'Note' },
      },
      visit: {},
      images: [],
      sources: [{ title: 'Nguồn', url: 'https://example.org/' }],
    },
  };
}

/** A handful of real-looking sites used across the explore tests. */
export function sampleSites(): SiteFeature[] {
  return [
    makeSite({
      id: 'atk-dinh-hoa',
      nameVi: 'An toàn khu (ATK) Định Hóa',
      nameEn: 'Định Hóa Safety Zone (ATK)',
      aliases: ['ATK Định Hóa', 'Thủ đô kháng chiến'],
      category: 'relic-complex',
      rank: 'special-national',
      dates: ['1947', '1954'],
      district: 'Định Hóa',
      commune: 'Phú Đình',
      communeAfter2025: 'xã Phú Đình',
      at: [105.64, 21.91],
    }),
    makeSite({
      id: 'tin-keo',
      nameVi: 'Lán Tỉn Keo',
      nameEn: 'Tỉn Keo hut',
      summaryVi: 'Nơi Bộ Chính trị họp bàn.',
      summaryEn: 'Where the Politburo met.',
      category: 'headquarters',
      rank: 'special-national',
      dates: ['1953-12-06'],
      district: 'Định Hóa',
      commune: 'Phú Đình',
      communeAfter2025: 'xã Phú Đình',
      at: [105.6, 21.9],
    }),
    makeSite({
      id: 'deo-de',
      nameVi: 'Đèo De',
      nameEn: 'De Pass',
      summaryVi: 'Nơi Chủ tịch Hồ Chí Minh làm việc.',
      category: 'scenic',
      rank: 'special-national',
      dates: ['1947-05'],
      district: 'Định Hóa',
      commune: 'Phú Đình',
      communeAfter2025: 'xã Phú Đình',
      at: [105.6, 21.9],
    }),
    makeSite({
      id: 'nha-tu-chinh-tri',
      nameVi: 'Bảo tàng Nhà tù Chính trị',
      nameEn: 'Political Prison Museum',
      category: 'prison',
      rank: 'provincial',
      dates: ['1917-08-30'],
      district: 'Thái Nguyên',
      commune: 'Trưng Vương',
      communeAfter2025: 'phường Phan Đình Phùng',
      at: [105.84, 21.59],
    }),
    makeSite({
      id: 'bao-tang-van-hoa',
      nameVi: 'Bảo tàng Văn hóa các dân tộc Việt Nam',
      nameEn: 'Museum of Cultures of Vietnamese Ethnic Groups',
      category: 'museum',
      rank: 'none',
      dates: ['1960', '1990'],
      district: 'Thái Nguyên',
      commune: 'Trưng Vương',
      communeAfter2025: 'phường Phan Đình Phùng',
      at: [105.83, 21.6],
    }),
    makeSite({
      id: 'khong-ro',
      nameVi: 'Địa điểm chưa rõ vị trí',
      nameEn: 'Site of unknown position',
      category: 'memorial',
      rank: 'unknown',
      dates: [],
      district: 'Đại Từ',
      commune: 'Hùng Sơn',
      communeAfter2025: 'xã Đại Từ',
      at: null,
    }),
  ];
}

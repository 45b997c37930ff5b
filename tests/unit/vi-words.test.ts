import { describe, expect, it } from 'vitest';
import vi from '../../src/i18n/locales/vi.json';
import { formatPartialDate, weekdayOf } from '../../src/domain/format-date.ts';

function values(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  if (typeof obj !== 'object' || obj === null) return [];
  return Object.values(obj).flatMap(values);
}
const all = values(vi);

describe('Vietnamese UI words (issue 17 item 12)', () => {
  it('say "lịch trình" (tham quan), never "kế hoạch" (the formal document teachers file)', () => {
    expect(all.filter((s) => /kế hoạch/i.test(s))).toEqual([]);
    expect(vi.planner.open).toBe('Lịch trình');
  });
  it('use one term for a commune centre, the one the print note names', () => {
    expect(all.filter((s) => /(^|[^g] )tâm xã|điểm giữa xã/.test(s))).toEqual([]);
    expect(vi.confidence['commune-centroid']).toContain('(trung tâm xã)');
    expect(vi.print.estimateNote).toContain('“trung tâm xã”');
  });
  it('date the merger 1/7/2025, with one label for a former district or city', () => {
    expect(all.filter((s) => /trước 2025/i.test(s))).toEqual([]);
    expect(vi.list.sortDistrict).toBe(vi.filters.facet.districts);
    expect(vi.panel.before2025).toBe('Trước 1/7/2025');
  });
  it('use the plain words', () => {
    expect(vi.panel.place).toBe('Đơn vị hành chính');
    expect(vi.panel.hamlet).toBe('Xóm, tổ / địa chỉ');
    expect(vi.filters.matching).toMatch(/^Đang hiển thị /);
    expect(vi.print.startAt.replace('{{place}}', vi.planner.start.inSentence['my-location'])).toBe('Xuất phát từ vị trí của bạn lúc {{time}}');
  });
  it('print a date as "Thứ Bảy, ngày 10/5/2025"', () => {
    const date = '2025-05-10';
    const text = vi.print.date.replace('{{weekday}}', weekdayOf(date, 'vi') ?? '').replace('{{date}}', formatPartialDate(date, 'vi'));
    expect(text).toBe('Thứ Bảy, ngày 10/5/2025');
    expect(weekdayOf('not a date', 'vi')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseDecision, unitText, type UnitWords } from '../../src/domain/format-place.ts';

const en: UnitWords = {
  commune: (n) => `${n} commune`,
  ward: (n) => `${n} ward`,
  township: 'township',
  undetermined: 'Not determined',
  uncertain: 'uncertain',
};

describe('unitText', () => {
  it('keeps Vietnamese as the content writes it', () => {
    expect(unitText('xã Phú Đình', 'vi', en)).toBe('xã Phú Đình');
  });
  it('says the unit word in English around the untranslated name', () => {
    expect(unitText('xã Phú Đình', 'en', en)).toBe('Phú Đình commune');
    expect(unitText('phường Gia Sàng (chưa chắc chắn)', 'en', en)).toBe('Gia Sàng ward (uncertain)');
    expect(unitText('Chợ Chu (thị trấn)', 'en', en)).toBe('Chợ Chu (township)');
    expect(unitText('Trưng Vương', 'en', en)).toBe('Trưng Vương');
    expect(unitText('Chưa xác định', 'en', en)).toBe('Not determined');
    // A note with no English stays as written (the panel marks it lang="vi").
    expect(unitText('Chưa xác định (khu vực núi Hồng)', 'en', en)).toBe('Not determined (khu vực núi Hồng)');
  });
});

describe('parseDecision', () => {
  it('reads a numbered decision and the Prime Minister form into their parts', () => {
    expect(parseDecision('35/QĐ-BVHTTDL, 07/01/2020')).toEqual({ kind: 'numbered', number: '35/QĐ-BVHTTDL', date: '2020-01-07' });
    expect(parseDecision('Quyết định của Thủ tướng Chính phủ ngày 10/05/2012')).toEqual({ kind: 'prime-minister', date: '2012-05-10' });
  });
  it('keeps anything else (or an impossible date) as written', () => {
    expect(parseDecision('Quyết định số 5')).toEqual({ kind: 'other', text: 'Quyết định số 5' });
    expect(parseDecision('35/QĐ, 31/02/2020')).toEqual({ kind: 'other', text: '35/QĐ, 31/02/2020' });
  });
});

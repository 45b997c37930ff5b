import { describe, expect, it } from 'vitest';
import { containsVi, normalizeVi, tokenizeVi } from '../../../src/domain/explore/normalize.ts';

describe('normalizeVi', () => {
  it.each([
    ['Định Hóa', 'dinh hoa'],
    ['DIEN BIEN', 'dien bien'],
    ['Điện Biên Phủ', 'dien bien phu'],
    ['Đèo De', 'deo de'],
    ['Tỉn Keo', 'tin keo'],
    ['Nguyễn Ái Quốc', 'nguyen ai quoc'],
    ['Hồ Chí Minh', 'ho chi minh'],
    ['Thái Nguyên', 'thai nguyen'],
    ['Võ Nguyên Giáp', 'vo nguyen giap'],
    ['Phú Đình', 'phu dinh'],
    ['ĐẠI TỪ', 'dai tu'],
    ['Ơn Ưu Ăn Âm Êm Ôm', 'on uu an am em om'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeVi(input)).toBe(expected);
  });

  it('treats both tone placements (Hóa / Hoá) alike', () => {
    expect('Hóa').not.toBe('Hoá');
    expect(normalizeVi('Hóa')).toBe(normalizeVi('Hoá'));
    expect(normalizeVi('Thuỷ')).toBe(normalizeVi('Thủy'));
  });

  it('treats NFC and NFD input alike', () => {
    const nfc = 'Định Hóa Nguyễn Ái Quốc'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(normalizeVi(nfd)).toBe(normalizeVi(nfc));
    expect(normalizeVi(nfd)).toBe('dinh hoa nguyen ai quoc');
  });

  it('collapses whitespace and punctuation, keeps digits', () => {
    expect(normalizeVi('  ATK   Định-Hóa,\t(1947–1954)!\n')).toBe('atk dinh hoa 1947 1954');
    expect(normalizeVi('"Đồi Khau Tý" — nơi…')).toBe('doi khau ty noi');
    expect(normalizeVi('...  ,,,')).toBe('');
    expect(normalizeVi('')).toBe('');
  });

  it('maps eth look-alikes to d', () => {
    expect(normalizeVi('ðinh Ðinh')).toBe('dinh dinh');
  });
});

describe('tokenizeVi', () => {
  it('splits into normalised words', () => {
    expect(tokenizeVi('Tỉn Keo (Phú Đình)')).toEqual(['tin', 'keo', 'phu', 'dinh']);
    expect(tokenizeVi('  ')).toEqual([]);
  });
});

describe('containsVi', () => {
  it('matches whole-word sequences regardless of case and tones', () => {
    expect(containsVi('Quyết định mở chiến dịch Điện Biên Phủ', 'DIEN BIEN')).toBe(true);
    expect(containsVi('Đèo De, Định Hóa', 'deo de')).toBe(true);
    expect(containsVi('Đèo De', 'deo den')).toBe(false);
    expect(containsVi('Định Hóa', 'inh ho')).toBe(false);
    expect(containsVi('Định Hóa', '')).toBe(false);
  });
});

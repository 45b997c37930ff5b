import { describe, expect, it } from 'vitest';
import { findCurrentTenseDistricts } from '../../../src/domain/validate/former-units.ts';

const phrases = (text: string, lang: 'vi' | 'en') => findCurrentTenseDistricts(text, lang).map((f) => f.phrase);

describe('districts written as if they still existed (none since 1/7/2025)', () => {
  it('flags the old Vietnamese wording', () => {
    expect(phrases('Đồi Tỉn Keo thuộc xã Phú Đình, huyện Định Hóa.', 'vi')).toEqual(['huyện Định Hóa']);
    expect(phrases('Chợ Chu là trung tâm huyện Định Hóa, cách thành phố 50 km.', 'vi')).toEqual(['huyện Định Hóa']);
    expect(phrases('tại rừng Khuôn Mánh (thôn Ngọc Mỹ, xã Tràng Xá, huyện Võ Nhai)', 'vi')).toEqual(['huyện Võ Nhai']);
    expect(phrases('Huyện Đại Từ có nhiều di tích.', 'vi')).toEqual(['Huyện Đại Từ']);
    expect(phrases('nối Phú Đình với Tân Trào (huyện Sơn Dương, Tuyên Quang)', 'vi')).toEqual(['huyện Sơn Dương']);
  });

  it('passes former units written as former', () => {
    for (const ok of [
      'Đồi Tỉn Keo thuộc xã Phú Đình, huyện Định Hóa (cũ).',
      'Chợ Chu từng là trung tâm huyện Định Hóa (cũ).',
      'thuộc xã Động Đạt cũ, huyện Phú Lương cũ, cách thành phố 25 km',
      'trước đây thuộc huyện Định Hóa',
      'trước 1/7/2025 thuộc huyện Đại Từ',
      'nguyên huyện Võ Nhai',
      'trung tâm huyện cách 17 km', // no name: nothing to read as current
    ]) {
      expect(phrases(ok, 'vi'), ok).toEqual([]);
    }
  });

  it('flags the old English wording and passes "the former … district"', () => {
    expect(phrases('Tỉn Keo hill is in Phú Đình commune, Định Hóa district.', 'en')).toEqual(['Định Hóa district']);
    expect(phrases('about 17 km from the Định Hóa district centre', 'en')).toEqual(['Định Hóa district']);
    expect(phrases('Chợ Chu is the seat of Định Hóa district', 'en')).toEqual(['Định Hóa district']);
    for (const ok of [
      'in Phú Đình commune, in the former Định Hóa district.',
      'Chợ Chu was the seat of the former Định Hóa district',
      'Former Võ Nhai district: a note.',
      'the former Động Đạt commune of the former Phú Lương district',
    ]) {
      expect(phrases(ok, 'en'), ok).toEqual([]);
    }
  });
});

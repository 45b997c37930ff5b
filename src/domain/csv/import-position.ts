import { PROVINCE_BBOX } from '../schema/site.ts';
import { looksLikePair, parseCoordinatePair, parseCoordinateValue, type LatLon } from './coordinates.ts';

function inBox(lat: number, lon: number): boolean {
  return lon >= PROVINCE_BBOX.west && lon <= PROVINCE_BBOX.east && lat >= PROVINCE_BBOX.south && lat <= PROVINCE_BBOX.north;
}

/** A problem with one cell, named by its column's header. */
export type CellError = { header: string; message: string };

/** The position from the latitude and longitude cells; null when both are empty. */
export function readPosition(latText: string, lonText: string): { ok: true; value: LatLon | null } | { ok: false; error: CellError } {
  if (latText === '' && lonText === '') return { ok: true, value: null };
  let pos: LatLon;
  if (lonText === '' || latText === '') {
    const header = latText === '' ? 'latitude' : 'longitude';
    const text = latText === '' ? lonText : latText;
    if (!looksLikePair(text)) {
      return { ok: false, error: { header, message: `thiếu ${header === 'latitude' ? 'vĩ độ' : 'kinh độ'} / ${header} is missing (hoặc ghi cả hai vào một ô / or type both in one cell: "21.8283, 105.5402")` } };
    }
    const pair = parseCoordinatePair(text);
    if (!pair.ok) return { ok: false, error: { header: latText === '' ? 'longitude' : 'latitude', message: pair.message } };
    pos = pair.value;
  } else {
    const lat = parseCoordinateValue(latText);
    if (!lat.ok) return { ok: false, error: { header: 'latitude', message: lat.message } };
    const lon = parseCoordinateValue(lonText);
    if (!lon.ok) return { ok: false, error: { header: 'longitude', message: lon.message } };
    if (lat.value.axis === 'lon' || lon.value.axis === 'lat') {
      return { ok: false, error: { header: 'latitude', message: `vĩ độ và kinh độ bị đảo chỗ (chữ E/W nằm ở cột latitude) / latitude and longitude are swapped (an E/W value is in the latitude column)` } };
    }
    pos = { lat: lat.value.value, lon: lon.value.value };
  }
  if (!inBox(pos.lat, pos.lon) && inBox(pos.lon, pos.lat)) {
    return {
      ok: false,
      error: {
        header: 'latitude',
        message: `vĩ độ và kinh độ bị đảo chỗ: ${pos.lat}, ${pos.lon} nằm ngoài tỉnh, còn ${pos.lon}, ${pos.lat} thì ở trong / latitude and longitude look swapped: ${pos.lat}, ${pos.lon} is outside the province but ${pos.lon}, ${pos.lat} is inside`,
      },
    };
  }
  const lostPoint = (n: number): string =>
    Number.isInteger(n) && Math.abs(n) >= 1000
      ? ' — có vẻ bảng tính đã bỏ dấu chấm thập phân (vd. 105.525 → 105525); hãy mở CSV với các cột kiểu Văn bản / the spreadsheet seems to have dropped the decimal point (e.g. 105.525 → 105525); open the CSV with all columns as Text'
      : '';
  if (Math.abs(pos.lat) > 90) return { ok: false, error: { header: 'latitude', message: `vĩ độ phải từ -90 đến 90 / latitude must be between -90 and 90: ${pos.lat}${lostPoint(pos.lat)}` } };
  if (Math.abs(pos.lon) > 180) return { ok: false, error: { header: 'longitude', message: `kinh độ phải từ -180 đến 180 / longitude must be between -180 and 180: ${pos.lon}${lostPoint(pos.lon)}` } };
  return { ok: true, value: pos };
}

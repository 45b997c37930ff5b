import QRCode from 'qrcode';

/**
 * A QR code of a link as an SVG string, drawn locally by the `qrcode` library (no network). Error correction M
 * keeps a ~120-character plan link small enough to scan from a printed A4 sheet or a kiosk screen.
 */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#1f1a17', light: '#ffffff' } });
}

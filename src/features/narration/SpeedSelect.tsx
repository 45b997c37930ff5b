import type { Lang } from '../../domain/schema/common.ts';
import { useNarrationT } from './narration-strings.ts';

/** The reading speeds both players offer. */
export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;

/** "Tốc độ" and its choices, for the device voice and the recording alike. */
export function SpeedSelect({ rate, lang, onRate }: { rate: number; lang: Lang; onRate: (rate: number) => void }) {
  const t = useNarrationT();
  return (
    <label className="narration__speed">
      {t('speed')}{' '}
      <select value={rate} onChange={(e) => onRate(Number(e.target.value))}>
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s.toLocaleString(lang)}×
          </option>
        ))}
      </select>
    </label>
  );
}

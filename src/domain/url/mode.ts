import '../schema/zod-config.ts'; // English messages (and no eval), as for every schema module
import { z } from 'zod/mini';

/** How the app runs: the ordinary site (phones, desktops) or the unattended touch screen at the relic site. */
export type AppMode = 'default' | 'kiosk';

const ModeSchema = z.enum(['kiosk']);

/** Pure: `?mode=kiosk` turns kiosk mode on; anything else (missing, unknown, too long) is the default mode. */
export function parseMode(search: string): AppMode {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get('mode');
  } catch {
    return 'default';
  }
  if (raw === null || raw.length > 20) return 'default';
  return ModeSchema.safeParse(raw).success ? 'kiosk' : 'default';
}

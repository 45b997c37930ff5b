import { describe, expect, it } from 'vitest';
import { PLAN_LAYER_IDS, PLAN_THEMES, planLayers } from '../../../src/map/plan-layers.ts';

/** Every colour a layer paints with. */
function colours(layers: ReturnType<typeof planLayers>): string[] {
  return layers.flatMap((l) =>
    Object.entries(('paint' in l ? l.paint : undefined) ?? {})
      .filter(([key]) => key.endsWith('-color'))
      .map(([, value]) => String(value)),
  );
}

describe('the plan layers follow the map theme (issue 15 item 4)', () => {
  it('paint only with the colours of the theme they are given', () => {
    for (const theme of Object.values(PLAN_THEMES)) {
      const allowed = new Set(Object.values(theme).filter((v) => typeof v === 'string'));
      for (const c of colours(planLayers(theme))) expect(allowed, c).toContain(c);
    }
  });

  it('the kiosk theme is starker and larger than the default', () => {
    const plain = planLayers(PLAN_THEMES.default);
    const kiosk = planLayers(PLAN_THEMES.kiosk);
    expect(kiosk.map((l) => l.id)).toEqual(plain.map((l) => l.id));
    expect(colours(kiosk)).not.toEqual(colours(plain));
    const radius = (ls: typeof plain) => {
      const stops = ls.find((l) => l.id === PLAN_LAYER_IDS.stops);
      return stops && 'paint' in stops ? (stops.paint as Record<string, unknown>)['circle-radius'] : undefined;
    };
    expect(radius(kiosk)).toBeGreaterThan(radius(plain) as number);
  });
});

import { useEffect, useState } from 'react';
import type { Lang } from '../../domain/schema/common.ts';
import type { SiteFeature } from '../../domain/schema/site.ts';
import type { Plan } from '../../domain/plan/plan.ts';
import { useMapHandle } from '../../map/map-handle.ts';
import { planMapData, startPosition } from './plan-view.ts';
import { captureMapImage } from './map-image.ts';
import type { PlanView } from './use-plan-view.ts';

export type PrintState = { kind: 'off' } | { kind: 'preparing' } | { kind: 'ready'; image: string | null };

/**
 * Printing the handout: capture the map fitted to the plan, show the handout, print once it is in the page (and
 * its map image decoded), close it after printing.
 */
export function usePrint(plan: Plan, view: PlanView, byId: ReadonlyMap<string, SiteFeature>, lang: Lang) {
  const { map } = useMapHandle();
  const [print, setPrint] = useState<PrintState>({ kind: 'off' });

  const start = async () => {
    setPrint({ kind: 'preparing' });
    const m = map.current;
    let image: string | null = null;
    if (m !== null) {
      const data = planMapData(view.timetable, byId, { name: view.startName, position: startPosition(plan.start) }, lang, view.fmt);
      image = await captureMapImage(m, data.bounds);
    }
    setPrint({ kind: 'ready', image });
  };

  useEffect(() => {
    if (print.kind !== 'ready') return;
    if (print.image === null) printNow();
    const done = () => setPrint({ kind: 'off' });
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [print]);

  return { print, start, printNow };
}

function printNow(): void {
  requestAnimationFrame(() => window.print());
}

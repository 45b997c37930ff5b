import type { MapSiteCollection, MapSiteFeature } from '../domain/map-features.ts';
import { pointStacks } from '../domain/explore/shared-points.ts';

const NONE: ReadonlySet<string> = new Set();

/**
 * A point that holds several sites says so: the first site of a stack is labelled "ATK Định Hóa +4" and the
 * others under it get no label of their own (it would only collide); all of them carry the stack's label, for the
 * cluster they make until the closest zoom. `quiet` sites are named by a layer above (the plan's stops): they get
 * no label, nor does a stack they head, so no name is written twice. Returns the data and each site's stack.
 */
export function labelStacks(data: MapSiteCollection, quiet: ReadonlySet<string> = NONE): { data: MapSiteCollection; stackOf: Map<string, string[]> } {
  const stackOf = new Map<string, string[]>();
  for (const ids of pointStacks(data.features.map((f) => ({ id: f.id, coordinates: f.geometry.coordinates })))) {
    for (const id of ids) stackOf.set(id, ids);
  }
  if (stackOf.size === 0 && quiet.size === 0) return { data, stackOf };
  const byId = new Map(data.features.map((f) => [f.id, f]));
  const features = data.features.map((f): MapSiteFeature => {
    const stack = stackOf.get(f.id);
    const p = f.properties;
    if (!stack) return quiet.has(f.id) ? { ...f, properties: { ...p, label_vi: '', label_en: '' } } : f;
    const headId = stack[0] ?? f.id;
    const head = byId.get(headId) ?? f;
    const tail = ` +${stack.length - 1}`;
    const named = !quiet.has(headId);
    const isHead = headId === f.id;
    return {
      ...f,
      properties: {
        ...p,
        label_vi: isHead && named ? p.label_vi + tail : '',
        label_en: isHead && named ? p.label_en + tail : '',
        // The labelled site of a stack goes first: its label stands for all of them.
        labelRank: isHead ? -stack.length : p.labelRank,
        // Every site of the stack carries it, so a cluster of this stack alone can be labelled with it too.
        stack_vi: named ? head.properties.label_vi + tail : '',
        stack_en: named ? head.properties.label_en + tail : '',
      },
    };
  });
  return { data: { ...data, features }, stackOf };
}

import type { MapSiteCollection } from '../domain/map-features.ts';
import { pointStacks } from '../domain/explore/shared-points.ts';

/**
 * A point that holds several sites says so: the first site of a stack is labelled "ATK Định Hóa +4" and the
 * others under it get no label of their own (it would only collide). Returns the data and each site's stack.
 */
export function labelStacks(data: MapSiteCollection): { data: MapSiteCollection; stackOf: Map<string, string[]> } {
  const stackOf = new Map<string, string[]>();
  for (const ids of pointStacks(data.features.map((f) => ({ id: f.id, coordinates: f.geometry.coordinates })))) {
    for (const id of ids) stackOf.set(id, ids);
  }
  if (stackOf.size === 0) return { data, stackOf };
  const features = data.features.map((f) => {
    const stack = stackOf.get(f.id);
    if (!stack) return f;
    const more = stack[0] === f.id ? ` +${stack.length - 1}` : null;
    const p = f.properties;
    return {
      ...f,
      properties: { ...p, label_vi: more ? p.label_vi + more : '', label_en: more ? p.label_en + more : '' },
    };
  });
  return { data: { ...data, features }, stackOf };
}

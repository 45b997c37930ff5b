/** A random number in [0, 1), like Math.random; tests pass a seeded one. */
export type Random = () => number;

/** Pure Fisher–Yates shuffle: a new array in a random order, the input left as it was. */
export function shuffle<T>(items: readonly T[], random: Random = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { runFilterBench } from '../../../bench/filters.bench.ts';
import { runSearchBench } from '../../../bench/search.bench.ts';
import { syntheticSites } from '../../../bench/synthetic-sites.ts';
import { SiteFeatureSchema } from '../../../src/domain/schema/site.ts';

describe('explore benches (smoke, tiny sizes)', () => {
  it('synthetic sites are valid SiteFeatures and deterministic', () => {
    const a = syntheticSites(50);
    for (const site of a.sites) expect(SiteFeatureSchema.safeParse(site).success, site.id).toBe(true);
    expect(syntheticSites(50).sites).toEqual(a.sites);
    expect(syntheticSites(50, { text: 'dense' }).sites).toHaveLength(50);
  });

  it('runSearchBench reports figures for both corpora', async () => {
    const r = await runSearchBench({ sites: 200, rounds: 1 });
    expect(r).toMatchObject({ name: 'search', sites: 200, text: 'zipf', goalMs: 16 });
    expect(r.keystrokes).toBeGreaterThan(50);
    // Figures that measured something, and a verdict that follows from them.
    expect(r.medianMs).toBeGreaterThan(0);
    expect(r.p95Ms).toBeGreaterThanOrEqual(r.medianMs);
    expect(r.maxMs).toBeGreaterThanOrEqual(r.p95Ms);
    expect(r.pass).toBe(r.p95Ms < r.goalMs);
    expect(r.dense?.text).toBe('dense');
    expect(r.dense?.keystrokes).toBe(r.keystrokes);
  });

  it('runFilterBench reports figures', async () => {
    const r = await runFilterBench({ sites: 200, rounds: 1 });
    expect(r).toMatchObject({ name: 'filters', sites: 200, steps: 12 });
    expect(r.p95Ms).toBeGreaterThanOrEqual(r.medianMs);
  });
});

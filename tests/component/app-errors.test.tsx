// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '../../src/app/App.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('App content loading', () => {
  it('shows an error screen naming the file and the problem when the data is broken', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"type":"FeatureCollection","features":[{"type":"Feature","id":"x"', { status: 200 })));
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('content/sites.geojson');
    expect(alert.textContent).toContain('invalid JSON');
  });

  it('shows an error screen when the data cannot be fetched', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('HTTP 404');
  });
});

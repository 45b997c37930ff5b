// Set by the build from publish.config.json / PUBLIC_BASE_URL (scripts/vite-pages.ts); absent under Vitest.
declare const __PUBLIC_BASE_URL__: string | null | undefined;

/** The public address of the map's folder ("https://…/ban-do/"), or null when the build had none. */
export const PUBLIC_BASE_URL: string | null = typeof __PUBLIC_BASE_URL__ === 'string' ? __PUBLIC_BASE_URL__ : null;

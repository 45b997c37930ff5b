import { z } from 'zod';

/**
 * No code generation in zod: by default zod 4 compiles object parsers with `new Function`, and even its probe for
 * that is reported as a violation under the app's Content-Security-Policy (no 'unsafe-eval'; docs/security.md).
 * Must run before any schema is built, so every schema module gets it through common.ts, and main.tsx imports it first.
 */
z.config({ jitless: true });

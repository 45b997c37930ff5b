import { z } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * Global zod settings. Must run before any schema is built, so every schema module gets it through common.ts (or
 * imports it itself: the routing worker has no main.tsx), and main.tsx imports it first.
 * - No code generation: by default zod 4 compiles object parsers with `new Function`, and even its probe for that is
 *   reported as a violation under the app's Content-Security-Policy (no 'unsafe-eval'; docs/security.md).
 * - English messages: the app's schemas are `zod/mini` (tree-shakable), which, unlike classic `zod`, installs no
 *   locale; without one every issue would read "Invalid input". data:check and the loaders show these messages.
 */
z.config(en());
z.config({ jitless: true });

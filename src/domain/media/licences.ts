import '../schema/zod-config.ts'; // English messages (and no eval), as for every schema module
import { z } from 'zod/mini';

/**
 * Licences under which the app may ship a recording or a photo. Anything else (all rights reserved, "found on the
 * web", unclear) is not published: the editor needs one of these from the rights holder first.
 */
export const ALLOWED_LICENCES = ['CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'public-domain'] as const;
export type Licence = (typeof ALLOWED_LICENCES)[number];

export const LicenceSchema = z.enum(ALLOWED_LICENCES, {
  error: `must be one of ${ALLOWED_LICENCES.join(', ')} (the app publishes no media without a licence it may use)`,
});

/**
 * The Content Security Policy (astro.config.mjs, `security.csp`) allows only scripts and styles
 * it has a hash for. Astro hashes those it bundles; a page that writes an inline script itself
 * (`is:inline`) gives the policy its hash with `Astro.csp.insertScriptHash(cspHash(code))`.
 */
import { createHash } from 'node:crypto';

/** The policy's source for exactly this inline code (SHA-256, the algorithm the policy uses). */
export const cspHash = (code: string) =>
	`sha256-${createHash('sha256').update(code).digest('base64')}` as const;

/**
 * This edition's settings: the one file, besides content/ and public/, that a site owns.
 * src/lib/settings.ts says what each setting means, checks them and fills in defaults;
 * `npm run new-site` writes a new one. Never edit engine files for a site.
 */
import type { SiteSettings } from '../lib/settings.ts';

export default {
	name: 'Crosscheck',
	// Placeholder on a reserved example domain until the site is deployed; a path is allowed (https://org.github.io/checks/).
	url: 'https://crosscheck.example/',
	lang: 'en',
	topic: {
		title:
			'Claim-by-claim checks of the reporting on U.S. threats of military action against Mexican drug cartels',
		description:
			'The reports were published up to January 2026, on U.S. threats of military action against Mexican drug cartels.',
	},
	publisher: { name: 'the Crosscheck desk', logo: '/logo.svg' },
	// Placeholder on a reserved example domain until the repository is public.
	repository: { url: 'https://github.example/crosscheck/crosscheck', branch: 'main' },
	desk: 'Crosscheck desk',
	// A demonstration until it has a home: it says so, and links no placeholder address.
	demo: true,
	checks: { minClaims: 30, minClaimsPerSource: 5 },
} satisfies SiteSettings;

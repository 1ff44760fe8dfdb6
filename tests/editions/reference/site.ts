/**
 * The reference fixture edition: a frozen copy of the first edition (its content/ beside this
 * file), so engine tests never depend on the content a site publishes. Copied into a project
 * copy as src/config/site.ts by tests/project-copy.ts.
 */
import type { SiteSettings } from '../../../src/lib/settings.ts';

export default {
	name: 'Reference Checks',
	// Placeholder on a reserved example domain until the site is deployed; a path is allowed (https://org.github.io/checks/).
	url: 'https://crosscheck.example/',
	lang: 'en',
	topic: {
		title: 'Claim-by-claim checks of the reporting on U.S. threats of military action against Mexican drug cartels',
		description: 'The reports were published up to January 2026, on U.S. threats of military action against Mexican drug cartels.',
	},
	publisher: { name: 'the Crosscheck desk', logo: '/logo.svg' },
	// Placeholder on a reserved example domain until the repository is public.
	repository: { url: 'https://github.example/crosscheck/crosscheck', branch: 'main' },
	desk: 'Crosscheck desk',
	// A demonstration until it has a home: it says so, and links no placeholder address.
	demo: true,
	checks: { minClaims: 20, minClaimsPerSource: 3 },
} satisfies SiteSettings;

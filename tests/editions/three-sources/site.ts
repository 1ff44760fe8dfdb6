/**
 * A fixture edition for engine tests: an English site at a host's root with three invented
 * source articles and three claims. Its content is test data, not reporting.
 */
import type { SiteSettings } from '../../../src/lib/settings.ts';

export default {
	name: 'Harbor Checks',
	url: 'https://checks.harbor.example',
	lang: 'en',
	topic: { title: 'Claims in the reporting on the Harbor Bridge closure' },
	publisher: { name: 'Harbor Public Media', url: 'https://harbor.example/' },
	repository: { url: 'https://git.example/harbor/checks', branch: 'trunk' },
	desk: 'Harbor Checks desk',
	// A demonstration until it has a home: it says so, and links no placeholder address.
	demo: true,
	checks: { minClaims: 3, minClaimsPerSource: 1 },
} satisfies SiteSettings;

/**
 * A fixture edition for engine tests: the three-sources edition with every claim and summary as
 * long as the validator allows (500 and 300 characters), in long words, everyday words and
 * short ones, to test that embedded cards never cut a claim. Its content is test data, not
 * reporting.
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
	// A demonstration: it says so, and links no placeholder address.
	demo: true,
	checks: { minClaims: 3, minClaimsPerSource: 1 },
} satisfies SiteSettings;

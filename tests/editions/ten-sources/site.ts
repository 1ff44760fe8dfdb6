/**
 * A fixture edition for layout tests: an English site with ten invented source articles, short
 * names up to the schema's limit, and claims that all ten, six or one of them speak to (one
 * revised after publication, with the verdict it had before). Its content is test data, not
 * reporting.
 */
import type { SiteSettings } from '../../../src/lib/settings.ts';

export default {
	name: 'Harbour Checks',
	url: 'https://checks.harbour.example',
	lang: 'en',
	topic: { title: 'Claims in the reporting on the harbour bridge’s opening week' },
	publisher: { name: 'Harbour Public Media', url: 'https://harbour.example/' },
	repository: { url: 'https://git.example/harbour/checks', branch: 'trunk' },
	desk: 'Harbour Checks desk',
	// A demonstration until it has a home: it says so, and links no placeholder address.
	demo: true,
	checks: { minClaims: 3 },
} satisfies SiteSettings;

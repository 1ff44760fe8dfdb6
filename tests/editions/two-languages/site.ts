/**
 * A fixture edition for engine tests: a Spanish site under a base path, also published in English
 * (under /chequeo/en/), with one invented source article and two claims, one of them translated.
 * That translation is stale: its original changed its verdict after the translation's date. Its
 * content is test data, not reporting.
 */
import type { SiteSettings } from '../../../src/lib/settings.ts';

export default {
	name: 'Chequeo Riverton',
	url: 'https://riverton.github.io/chequeo/',
	lang: 'es',
	// English pages take their section words from the English dictionary (/chequeo/en/claims/…).
	locales: [
		{
			lang: 'en',
			topic: {
				title: 'The promises of the Riverton city budget',
				description: 'A test edition: the article and the claims are invented.',
			},
		},
	],
	// The words new-site writes for a Spanish site, so the tests on this edition follow them.
	paths: { claims: 'verificaciones', sources: 'notas', verdicts: 'calificaciones', claimants: 'quien-lo-dijo', topics: 'temas', corrections: 'correcciones', search: 'buscar' },
	topic: { title: 'Las promesas del presupuesto municipal de Riverton', description: 'Una edición de prueba: la nota y las afirmaciones son inventadas.' },
	publisher: { name: 'Gaceta de Riverton', logo: '/logo.svg' },
	repository: { url: 'https://github.com/riverton/chequeo', branch: 'main' },
	desk: 'Redacción de Chequeo Riverton',
	// A demonstration until it has a home: it says so, and links no placeholder address.
	demo: true,
	checks: { minClaims: 2, minClaimsPerSource: 2 },
} satisfies SiteSettings;

/**
 * A fixture edition for engine tests: a Spanish site under a base path, with one invented source
 * article and one claim. Its content is test data, not reporting.
 */
import type { SiteSettings } from '../../../src/lib/settings.ts';

export default {
	name: 'Chequeo Riverton',
	url: 'https://riverton.github.io/checks/',
	lang: 'es',
	// The words new-site writes for a Spanish site, so the tests on this edition follow them.
	paths: { claims: 'verificaciones', sources: 'notas', verdicts: 'calificaciones', claimants: 'quien-lo-dijo', topics: 'temas', corrections: 'correcciones', search: 'buscar' },
	topic: { title: 'Las promesas del presupuesto municipal de Riverton', description: 'Una edición de prueba: la nota y la afirmación son inventadas.' },
	publisher: { name: 'Gaceta de Riverton', logo: '/logo.svg' },
	repository: { url: 'https://github.com/riverton/checks', branch: 'main' },
	desk: 'Redacción de Chequeo Riverton',
	// A demonstration until it has a home: it says so, and links no placeholder address.
	demo: true,
	checks: { minClaims: 1, minClaimsPerSource: 1 },
} satisfies SiteSettings;

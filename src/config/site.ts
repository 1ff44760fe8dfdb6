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
	// Every check is also published in Mexican Spanish, under /es-mx/ (content/claims/es-MX/).
	locales: [
		{
			lang: 'es-MX',
			topic: {
				title:
					'Verificaciones, afirmación por afirmación, de la cobertura sobre las amenazas de Estados Unidos de usar la fuerza militar contra los cárteles mexicanos',
				description:
					'Las notas se publicaron hasta enero de 2026 y tratan sobre las amenazas de Estados Unidos de emprender acciones militares contra los cárteles del narcotráfico mexicanos.',
			},
		},
	],
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
	// The rating scale, in the order pages show it: labels and meanings are the dictionaries'
	// (verdict.<id>), as none is given here; `value` places a rating on the truth scale (null: off it).
	ratings: [
		{ id: 'true', color: '#115e54', ink: '#ffffff', icon: 'check', value: 5 },
		{ id: 'mostly-true', color: '#86c98a', ink: '#1b2230', icon: 'check-rule', value: 4 },
		{ id: 'mixed', color: '#f0c24b', ink: '#1b2230', icon: 'half', value: 3 },
		{ id: 'mostly-false', color: '#e07a45', ink: '#1b2230', icon: 'cross-rule', value: 2 },
		{ id: 'false', color: '#931c2e', ink: '#ffffff', icon: 'cross', value: 1 },
		{ id: 'unproven', color: '#6b7079', ink: '#ffffff', icon: 'question', value: null },
	],
} satisfies SiteSettings;

/**
 * A fixture edition for engine tests: an English site at a host's root with three invented
 * source articles and three claims, rated on a four-step scale of its own (not the engine's six).
 * Its content is test data, not reporting.
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
	// The newsroom's own published scale: its labels and meanings are its own, not the dictionary's.
	ratings: [
		{
			id: 'correct',
			label: 'Correct',
			meaning: 'The claim is accurate.',
			color: '#0b5d3b',
			ink: '#ffffff',
			icon: 'check',
			value: 3,
		},
		{
			id: 'misleading',
			label: 'Misleading',
			meaning: 'The claim holds some truth but leaves a false impression.',
			color: '#f2c14e',
			ink: '#1b2230',
			icon: 'half',
			value: 2,
		},
		{
			id: 'incorrect',
			label: 'Incorrect',
			meaning: 'The claim is not accurate.',
			color: '#8e1b2c',
			ink: '#ffffff',
			icon: 'cross',
			value: 1,
		},
		{
			id: 'unverifiable',
			label: 'Unverifiable',
			meaning: 'The evidence available can neither confirm nor refute the claim.',
			color: '#5f6570',
			ink: '#ffffff',
			icon: 'question',
			value: null,
		},
	],
} satisfies SiteSettings;

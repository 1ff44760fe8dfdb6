/**
 * How a source article relates to a claim. Defined once; the claim page, the matrix,
 * the methodology page and the validator derive from it. Each stance has a test that the
 * quoted passage, read in its article, must pass.
 */
export const stances = [
	{
		id: 'asserts',
		label: 'Asserts',
		meaning: 'States the claim in its own voice.',
		test: 'Would a reader of this article alone come away believing the claim, because the article says so itself?',
	},
	{
		id: 'reports',
		label: 'Reports',
		meaning: 'Relays the claim, attributed to someone else, without endorsing it.',
		test: 'Would a reader of this article alone learn that someone made the claim, with the article not vouching for it?',
	},
	{
		id: 'supports',
		label: 'Supports',
		meaning: 'Says something that backs the claim without stating it outright.',
		test: 'Would a reader of this article alone come away believing the claim, though the article never states all of it?',
	},
	{
		id: 'disputes',
		label: 'Disputes',
		meaning: 'Says something that contradicts the claim, or gives a conflicting version of it.',
		test: 'Would a reader of this article alone come away believing something that cannot be true if the claim is?',
	},
	{
		id: 'not-mentioned',
		label: 'Not mentioned',
		meaning: 'Does not speak to the claim.',
		test: 'Would a reader of this article alone come away knowing nothing more, for or against the claim?',
	},
] as const;

export type StanceId = (typeof stances)[number]['id'];
export type Stance = (typeof stances)[number];

export const stanceIds = stances.map((s) => s.id) as [StanceId, ...StanceId[]];

/** The stance that carries no quotation. */
export const silentStance: StanceId = 'not-mentioned';

export function getStance(id: StanceId): Stance {
	const stance = stances.find((s) => s.id === id);
	if (!stance) throw new Error(`Unknown stance "${id}".`);
	return stance;
}

/**
 * Ratings other fact-checkers use (PolitiFact, Snopes, AFP, Full Fact, Meta's labels and the
 * like), each with the rating on this site's scale nearest in meaning: a writer used to one of
 * them gets a pointer instead of a bare refusal. Only a hint: the writer still chooses.
 */
import { ratingIds } from '../edition/ratings.ts';

const nearest: Readonly<Record<string, readonly string[]>> = {
	true: ['correct', 'accurate', 'correct attribution', 'geppetto checkmark'],
	'mostly-true': ['mostly accurate', 'mostly correct', 'largely accurate', 'largely true'],
	mixed: [
		'half true',
		'mixture',
		'partly true',
		'partly false',
		'partially true',
		'partially false',
		'half truth',
		'missing context',
		'lacks context',
		'needs context',
		'cherry picks',
	],
	'mostly-false': [
		'misleading',
		'barely true',
		'largely false',
		'largely inaccurate',
		'mostly inaccurate',
		'exaggerated',
		'distorts the facts',
	],
	false: [
		'pants on fire',
		'incorrect',
		'inaccurate',
		'wrong',
		'fake',
		'hoax',
		'fabricated',
		'altered',
		'scam',
		'misattributed',
		'four pinocchios',
		'baseless',
	],
	unproven: [
		'unsupported',
		'unverified',
		'unsubstantiated',
		'unfounded',
		'no evidence',
		'insufficient evidence',
		'unclear',
		'research in progress',
		'cannot be verified',
	],
};

const byWording = new Map(
	Object.entries(nearest).flatMap(([id, words]) => words.map((word) => [word, id] as const)),
);

/** The rating on this scale nearest to another scale's `rating` ("Pants on Fire" is "false"), if it is one we know. */
export function nearestRating(rating: string): string | undefined {
	const id = byWording.get(
		rating
			.toLowerCase()
			.replace(/[^a-z]+/g, ' ')
			.trim(),
	);
	return id !== undefined && (ratingIds as readonly string[]).includes(id) ? id : undefined;
}

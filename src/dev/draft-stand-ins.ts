/**
 * `npm run dev` renders a claim file that still holds `TODO:` placeholders, the state
 * `npm run new-claim` leaves it in, so a writer can watch the page take shape. A placeholder
 * is kept where the field is free text (the page shows it as written); where the field must be
 * one of a set (a verdict, a stance, a claimant type, how the claim reached the article, an
 * article), it stands in for the safest
 * value, and the page's notice (draft-notice.ts) lists it as unfinished. The build never uses
 * this: it refuses any placeholder.
 */
import { readdirSync } from 'node:fs';
import { ownVoice } from '../lib/claimants.ts';
import { ratingIds, ratings, scaleSteps } from '../edition/ratings.ts';
import { silentStance } from '../lib/stances.ts';
import { placeholderMarker } from '../validator/check-text.ts';
import { contentDirs } from '../lib/edition-files.ts';

type Fields = Record<string, unknown>;

const isPlaceholder = (value: unknown) =>
	typeof value === 'string' && value.includes(placeholderMarker);
const isFields = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first source article's id: a draft that has not named its article yet is shown as if it appeared there. */
function firstSource(): string | undefined {
	try {
		return readdirSync(contentDirs.sources)
			.filter((name) => name.endsWith('.md'))
			.sort()[0]
			?.replace(/\.md$/, '');
	} catch {
		return undefined;
	}
}

/** The verdict a draft without one is shown with. */
const draftVerdict =
	ratings.find((r) => r.value === null)?.id ??
	scaleSteps[Math.floor(scaleSteps.length / 2)]?.id ??
	ratingIds[0];

/** A claim file's frontmatter with stand-ins for the placeholders that would fail the schema. */
export function withDraftStandIns(data: unknown): unknown {
	if (!isFields(data)) return data;
	const claim: Fields = { ...data };
	// A rating off the scale ("unproven") claims nothing, else the middle of the scale; the notice says the verdict is unfinished.
	if (isPlaceholder(claim.verdict)) claim.verdict = draftVerdict;
	if (isFields(claim.claimant)) {
		const { name, type } = claim.claimant;
		// A claimant not yet named is shown as the placeholder text; an unknown kind, as an organization.
		claim.claimant = {
			...claim.claimant,
			name,
			type: isPlaceholder(type) || type === undefined ? 'organization' : type,
		};
	}
	if (isFields(claim.appeared)) {
		const { source, via } = claim.appeared;
		// How the claim reached the article, until the writer says: the article's own voice, which names no go-between.
		claim.appeared = {
			...claim.appeared,
			source: isPlaceholder(source) ? firstSource() : source,
			via: isPlaceholder(via) || via === undefined ? ownVoice : via,
		};
	}
	if (Array.isArray(claim.sources)) {
		claim.sources = claim.sources.map((entry: unknown) => {
			if (!isFields(entry) || !isPlaceholder(entry.stance)) return entry;
			const { quote: _quote, ...rest } = entry;
			return { ...rest, stance: silentStance };
		});
	}
	return claim;
}

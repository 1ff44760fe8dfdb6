import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPath } from '../../../lib/cache-key.ts';
import {
	getClaimantPageFinder,
	getClaims,
	getSources,
	getTranslations,
	stancesWithPassages,
	type Claim,
	type StanceOnClaim,
} from '../../../lib/content.ts';
import { claimRecord, envelope, type LanguageVersion } from '../../../lib/open-data.ts';
import { edition } from '../../../edition/context.ts';
import { lang } from '../../../edition/i18n.ts';
import { furtherLanguages, languageVersions } from '../../../edition/languages.ts';

export const getStaticPaths = (async () => {
	const [claims, sources, claimantOf, translations] = await Promise.all([
		getClaims(),
		getSources(),
		getClaimantPageFinder(lang),
		getTranslations(furtherLanguages),
	]);
	return claims.map((claim) =>
		keyedPath(
			{ id: claim.id },
			{
				claim,
				stances: stancesWithPassages(claim, sources),
				claimantPage: claimantOf(claim.data.claimant).id,
				languages: languageVersions(claim.id, translations),
			},
		),
	);
}) satisfies GetStaticPaths;

/** One claim as an open-data record. */
export const GET: APIRoute<{
	claim: Claim;
	stances: StanceOnClaim[];
	claimantPage: string;
	languages: LanguageVersion[];
}> = ({ props }) =>
	Response.json(
		envelope(
			'claim',
			claimRecord(props.claim, props.stances, edition, props.claimantPage, props.languages),
			edition,
		),
	);

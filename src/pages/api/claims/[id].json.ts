import type { APIRoute, GetStaticPaths } from 'astro';
import { besidePages } from '../../../lib/files-beside-pages.ts';
import { fixedRoutes } from '../../../lib/routes.ts';
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
	const paths = claims.map((claim) => ({
		params: { id: claim.id },
		props: {
			claim,
			stances: stancesWithPassages(claim, sources),
			claimantPage: claimantOf(claim.data.claimant).id,
			languages: languageVersions(claim.id, translations),
		},
	}));
	return besidePages(paths, ({ id }) => fixedRoutes.dataClaim(id), body);
}) satisfies GetStaticPaths;

interface Props {
	claim: Claim;
	stances: StanceOnClaim[];
	claimantPage: string;
	languages: LanguageVersion[];
}

/** One claim as an open-data record. */
function body(props: Props): string {
	return JSON.stringify(
		envelope(
			'claim',
			claimRecord(props.claim, props.stances, edition, props.claimantPage, props.languages),
			edition,
		),
	);
}

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(body(props), { headers: { 'Content-Type': 'application/json' } });

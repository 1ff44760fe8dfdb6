/**
 * /badges/<id>.svg: a claim's verdict as a small badge for READMEs and forums. A withdrawn or
 * renamed check's old id keeps its badge, for pages that pasted it: "withdrawn", or the new
 * check's verdict.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../edition/i18n.ts';
import { badgeSvg, withdrawnBadge } from '../../images/badge.ts';
import { keyedPath } from '../../lib/cache-key.ts';
import { getClaims, getRecords, recordEmbeds, type Claim } from '../../lib/content.ts';
import { getRating } from '../../edition/ratings.ts';

export const getStaticPaths = (async () => {
	const [claims, records] = await Promise.all([getClaims(), getRecords()]);
	return [
		...claims.map((claim) => keyedPath({ id: claim.id }, { claim })),
		...recordEmbeds(records, claims).map(({ id, claim }) => keyedPath({ id }, { claim })),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: Claim | undefined }> = ({ props: { claim } }) =>
	new Response(
		badgeSvg(
			claim ? getRating(claim.data.verdict) : { label: t('badge.withdrawn'), ...withdrawnBadge },
		),
		{ headers: { 'Content-Type': 'image/svg+xml' } },
	);

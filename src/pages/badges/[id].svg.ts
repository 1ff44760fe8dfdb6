/**
 * /badges/<id>.svg: a claim's verdict as a small badge for READMEs and forums. A withdrawn or
 * renamed check's old id keeps its badge, for pages that pasted it: "withdrawn", or the new
 * check's verdict.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../edition/i18n.ts';
import { badgeSvg, withdrawnBadge } from '../../images/badge.ts';
import { besidePages } from '../../lib/files-beside-pages.ts';
import { fixedRoutes } from '../../lib/routes.ts';
import { getClaims, getRecords, recordEmbeds, type Claim } from '../../lib/content.ts';
import { getRating } from '../../edition/ratings.ts';

export const getStaticPaths = (async () => {
	const [claims, records] = await Promise.all([getClaims(), getRecords()]);
	const paths = [
		...claims.map((claim) => ({ params: { id: claim.id }, props: { claim } })),
		...recordEmbeds(records, claims).map(({ id, claim }) => ({ params: { id }, props: { claim } })),
	];
	return besidePages(paths, ({ id }) => fixedRoutes.badge(id), body);
}) satisfies GetStaticPaths;

function body({ claim }: { claim: Claim | undefined }): string {
	return badgeSvg(
		claim ? getRating(claim.data.verdict) : { label: t('badge.withdrawn'), ...withdrawnBadge },
	);
}

export const GET: APIRoute<{ claim: Claim | undefined }> = ({ props }) =>
	new Response(body(props), { headers: { 'Content-Type': 'image/svg+xml' } });

/**
 * Tracking parameters: query parameters that record how a reader reached a page (a campaign, a
 * click, a mailing) and say nothing about which page it is. A cited address never carries them:
 * they leak where the desk found the page and break the match between two citations of it.
 */

/** Parameter names refused exactly, besides every `utm_*` name. */
const trackingNames = new Set([
	'fbclid',
	'gclid',
	'dclid',
	'gbraid',
	'wbraid',
	'msclkid',
	'yclid',
	'igshid',
	'mc_cid',
	'mc_eid',
	'_ga',
	'_gl',
]);

/** Whether a query parameter name is a tracking parameter. */
export const isTrackingParam = (name: string): boolean =>
	name.toLowerCase().startsWith('utm_') || trackingNames.has(name.toLowerCase());

/** The tracking parameters an address carries, in order; none for an address that is not a URL. */
export function trackingParams(address: string): string[] {
	if (!URL.canParse(address)) return [];
	return [...new URL(address).searchParams.keys()].filter(isTrackingParam);
}

/** The address without its tracking parameters; the rest of the query and the fragment are kept as written. */
export function withoutTracking(address: string): string {
	if (!URL.canParse(address)) return address;
	const url = new URL(address);
	for (const name of [...url.searchParams.keys()]) {
		if (isTrackingParam(name)) url.searchParams.delete(name);
	}
	return url.href;
}

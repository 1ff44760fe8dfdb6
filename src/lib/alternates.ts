/**
 * The same page in another of the site's languages: its route there, with each section word in
 * that language's word ("claims/x/" in English is "verificaciones/x/" in Spanish). Ids, page
 * numbers and the machine addresses are the same in every language.
 */
import { pathWordKeys, type PathWords } from './routes.ts';

/** The route (relative to a language's base) of the page at `route` in a language whose words are `to`. */
export function counterpartRoute(route: string, from: PathWords, to: PathWords): string {
	const segments = route.split('/');
	const section = pathWordKeys.find((key) => from[key] === segments[0]);
	if (section === undefined) return route;
	segments[0] = to[section];
	// A source's claims: sources/<id>/claims/.
	if (section === 'sources' && segments[2] === from.claims) segments[2] = to.claims;
	return segments.join('/');
}

/**
 * Listings are cut into pages of a fixed size, so no page grows with the number of claims.
 * Page 1 lives at the listing's own URL; page n at <listing>page/<n>/. These URLs are stable.
 */
import { keyedPath } from './cache-key.ts';

export const pageSize = 50;

export interface Page<T> {
	/** The items on this page. */
	readonly items: readonly T[];
	/** 1-based page number. */
	readonly number: number;
	/** How many pages the listing has (at least 1, even when empty). */
	readonly count: number;
	/** How many items the whole listing has. */
	readonly total: number;
}

/** Cut items into pages; an empty listing still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = pageSize): Page<T>[] {
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, i) => ({
		items: items.slice(i * size, (i + 1) * size),
		number: i + 1,
		count,
		total: items.length,
	}));
}

/** The URL of page `number` of the listing at `base` (which ends with a slash). */
export function pagePath(base: string, number: number): string {
	return number === 1 ? base : `${base}page/${number}/`;
}

/** The rest parameter a `[...page].astro` route takes for a page: undefined for page 1. */
export function pageParam(number: number): string | undefined {
	return number === 1 ? undefined : `page/${number}`;
}

/** Page numbers to offer as links: the first, the last, and a window around the current one; null marks a gap. */
export function pageLinks(current: number, count: number, window = 2): (number | null)[] {
	const wanted = new Set([1, count]);
	for (let n = current - window; n <= current + window; n++)
		if (n >= 1 && n <= count) wanted.add(n);
	const sorted = [...wanted].sort((a, b) => a - b);
	return sorted.flatMap((n, i) => (i > 0 && n - (sorted[i - 1] as number) > 1 ? [null, n] : [n]));
}

/**
 * The static paths of one paginated listing, for a `[...page].astro` route's getStaticPaths():
 * one per page of `items`, with `params` and the page's rest parameter, and `props` with the page,
 * keyed for the incremental build.
 */
export function pagedPaths<T, Params extends object, Props extends object>(
	items: readonly T[],
	params: Params,
	props: Props,
) {
	return paginate(items).map((page) =>
		keyedPath({ ...params, page: pageParam(page.number) }, { ...props, page }),
	);
}

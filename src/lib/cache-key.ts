/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code
 * are unchanged since the last build is copied from the cache instead of rendered again.
 *
 * The key hashes the page's props. Content entries count by collection, id and digest (the
 * hash of their file), so an edit to a claim file changes the key of every page it appears on;
 * every other value counts by its JSON. Values JSON cannot represent faithfully (functions,
 * maps, sets) are refused, so a key can never silently ignore part of what a page renders.
 */
import { createHash } from 'node:crypto';

interface EntryLike {
	readonly collection: string;
	readonly id: string;
	readonly digest?: string | number | undefined;
}

function isEntry(value: object): value is EntryLike {
	return 'collection' in value && 'id' in value && 'digest' in value;
}

function stable(_key: string, value: unknown): unknown {
	if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
		throw new TypeError(`cacheKeyOf: cannot key a ${typeof value}`);
	if (value instanceof Map || value instanceof Set)
		throw new TypeError(
			`cacheKeyOf: cannot key a ${value.constructor.name}; pass an array or object`,
		);
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && isEntry(value)) {
		if (value.digest === undefined)
			throw new TypeError(`cacheKeyOf: entry ${value.collection}/${value.id} has no digest`);
		return `${value.collection}/${value.id}@${value.digest}`;
	}
	return value;
}

/** The incremental-build key of a page rendered from `props` (and the code of its route). */
export function cacheKeyOf(props: unknown): string {
	return createHash('sha256')
		.update(JSON.stringify(props, stable) ?? 'undefined')
		.digest('base64url');
}

/** A getStaticPaths() entry keyed by its props, so an unchanged page is reused by the next build. */
export function keyedPath<Params, Props>(
	params: Params,
	props: Props,
): { params: Params; props: Props; cacheKey: string } {
	return { params, props, cacheKey: cacheKeyOf(props) };
}

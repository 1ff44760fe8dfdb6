/**
 * Merges the search index's shards into one Pagefind index, as Pagefind would have written it for
 * all their pages at once. Pagefind scores a result by BM25 over the index it comes from (the
 * number of pages, how many hold each word, their average length), so shards merged in the
 * reader's browser ranked pages on each shard's statistics, not the site's. One index written
 * from the shards' data ranks, matches and filters exactly as one index built from every page.
 *
 * Pagefind's files (its 1.x format, pagefind/src/index in its repository) are gzipped, after a
 * `pagefind_dcd` signature, CBOR arrays:
 * - `pagefind.<hash>.pf_meta`: [version, pages [[fragment hash, word count, …]], word chunks
 *   [[from, to, hash]], filters [[name, hash]], sorts, meta fields [name]];
 * - `index/<hash>.pf_index`: [[word, pages [[page number (delta), locations, meta locations]],
 *   variants [[form, pages]]]], words in byte order, page numbers delta-encoded;
 * - `filter/<hash>.pf_filter`: [name, [[value, [page number]]]];
 * - `fragment/<hash>.pf_fragment`: one page's JSON, copied as it is.
 */
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type Cbor } from './pagefind-cbor.ts';

/** The files of the code that merges shards: a merged index is kept under a hash of them. */
export const mergeCode = ['./search-index-merge.ts', './pagefind-cbor.ts'].map(
	(file) => new URL(file, import.meta.url),
);

const signature = 'pagefind_dcd';
/** Pagefind's default chunk size: a word chunk closes once its words hold this many locations. */
const chunkSize = 20_000;

interface EntryFile {
	readonly version: string;
	readonly languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** A word's pages: page number (absolute, in the merged index), locations, meta locations. */
type WordPage = [number, Cbor[], Cbor[]];
interface Word {
	pages: WordPage[];
	variants: Map<string, WordPage[]>;
}

/** SHA-1 in hexadecimal as Pagefind writes it for file names: each byte without a leading zero. */
const sha1Hex = (bytes: Uint8Array) =>
	[...createHash('sha1').update(bytes).digest()].map((b) => b.toString(16)).join('');

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

function read(file: string): Cbor[] {
	const bytes = gunzipSync(readFileSync(file));
	if (bytes.subarray(0, signature.length).toString() !== signature)
		throw new Error(`${file}: not a Pagefind index file (no ${signature} signature)`);
	const value = decodeCbor(bytes.subarray(signature.length));
	if (!Array.isArray(value)) throw new Error(`${file}: expected a CBOR array`);
	return value;
}

/** Where a merge writes its index, and the index the last merge wrote, whose files it may reuse. */
interface MergeFolders {
	readonly output: string;
	readonly previous?: string | undefined;
}

/**
 * Write `value` as a Pagefind file in `folder` (of the merged index), named as Pagefind names
 * them by a hash of its bytes; returns the name's hash. A file the last merge wrote with exactly
 * these bytes is copied rather than compressed again: after one claim changed, most word chunks
 * are the same, and compressing them is half of a merge's time.
 */
function write(
	{ output, previous }: MergeFolders,
	folder: string,
	prefix: string,
	suffix: string,
	lang: string,
	value: Cbor,
	length = 7,
): string {
	const bytes = encodeCbor(value);
	const hash = `${lang}_${sha1Hex(bytes).slice(0, length)}`;
	const name = join(folder, `${prefix}${hash}${suffix}`);
	const content = Buffer.concat([Buffer.from(signature), bytes]);
	mkdirSync(join(output, folder), { recursive: true });
	const before = previous === undefined ? undefined : join(previous, name);
	if (before && existsSync(before) && gunzipSync(readFileSync(before)).equals(content))
		copyFileSync(before, join(output, name));
	else writeFileSync(join(output, name), gzipSync(content, { level: 6 }));
	return hash;
}

const arr = (value: Cbor | undefined, what: string): Cbor[] => {
	if (!Array.isArray(value)) throw new Error(`Pagefind index: ${what} is not an array`);
	return value;
};
const str = (value: Cbor | undefined, what: string): string => {
	if (typeof value !== 'string') throw new Error(`Pagefind index: ${what} is not a string`);
	return value;
};
const num = (value: Cbor | undefined, what: string): number => {
	if (typeof value !== 'number') throw new Error(`Pagefind index: ${what} is not a number`);
	return value;
};

/** The shortest prefixes that tell two neighbouring chunks' boundary words apart (Pagefind's get_prefixes). */
function prefixes(a: string, b: string): [string, string] {
	const [ca, cb] = [[...a], [...b]];
	let common = 0;
	while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
	return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/**
 * Merge the shard bundles in `shards` (each a folder Pagefind wrote) into one index in `output`,
 * which already holds Pagefind's scripts. `pageOrder[s][i]` is the merged page number of shard
 * s's page i: pages are numbered in one order for the site whatever the shards, so that the
 * merged index does not depend on how the pages were split. `lastIndex`, the index the last merge
 * wrote, lends the files it has with the same bytes.
 */
export function mergeShards(
	shards: readonly string[],
	pageOrder: readonly (readonly number[])[],
	output: string,
	lastIndex?: string,
): void {
	const folders: MergeFolders = { output, previous: lastIndex };
	const entries = shards.map(
		(shard) => JSON.parse(readFileSync(join(shard, 'pagefind-entry.json'), 'utf8')) as EntryFile,
	);
	const langs = new Set(entries.flatMap((entry) => Object.keys(entry.languages)));
	if (langs.size > 1)
		throw new Error(
			`search index: shards in several languages (${[...langs].join(', ')}); one is expected`,
		);
	const lang = [...langs][0];
	const version = entries[0]?.version;
	if (!lang || !version) throw new Error('search index: no shard has any page');

	const pages: Cbor[][] = [];
	const filters = new Map<string, Map<string, number[]>>();
	const metaFields = new Set<string>();
	const shardMeta = shards.map((shard, s) => {
		const entry = entries[s]!.languages[lang];
		if (!entry) throw new Error(`search index: shard ${shard} has no ${lang} index`);
		const meta = read(join(shard, `pagefind.${entry.hash}.pf_meta`));
		if (str(meta[0], 'version') !== version)
			throw new Error(
				`search index: shard ${shard} was written by Pagefind ${String(meta[0])}, not ${version}`,
			);
		if (arr(meta[4], 'sorts').length > 0)
			throw new Error(
				'search index: pages sorted with data-pagefind-sort cannot be merged from shards',
			);
		for (const field of arr(meta[5], 'meta fields')) metaFields.add(str(field, 'meta field'));
		return meta;
	});
	const fields = [...metaFields].sort(byBytes);
	/** Each fragment written, by name: a digest of its bytes. */
	const fragments = new Map<string, string>();
	mkdirSync(join(output, 'fragment'), { recursive: true });

	const streams = shardMeta.map((meta, s) => {
		const shard = shards[s]!;
		const order = pageOrder[s] ?? [];
		const shardPages = arr(meta[1], 'pages');
		if (shardPages.length !== order.length)
			throw new Error(
				`search index: shard ${shard} holds ${shardPages.length} pages, ${order.length} were given`,
			);
		const page = (n: number) => {
			const merged = order[n];
			if (merged === undefined)
				throw new Error(`search index: shard ${shard} names page ${n}, which it does not hold`);
			return merged;
		};
		shardPages.forEach((p, i) => {
			const record = arr(p, 'page');
			let hash = str(record[0], 'page hash');
			const fragment = readFileSync(join(shard, 'fragment', `${hash}.pf_fragment`));
			const digest = createHash('sha1').update(fragment).digest('hex');
			// Two shards can give different pages the same short hash: the later one takes a longer name.
			const known = fragments.get(hash);
			if (known && known !== digest) hash = `${hash}_${digest.slice(0, 10)}`;
			if (!fragments.has(hash)) {
				fragments.set(hash, digest);
				writeFileSync(join(output, 'fragment', `${hash}.pf_fragment`), fragment);
			}
			pages[page(i)] = [hash, ...record.slice(1)];
		});
		for (const filter of arr(meta[3], 'filters')) {
			const hash = str(arr(filter, 'filter')[1], 'filter hash');
			const [name, values] = read(join(shard, 'filter', `${hash}.pf_filter`));
			const byValue = filters.get(str(name, 'filter')) ?? new Map<string, number[]>();
			filters.set(str(name, 'filter'), byValue);
			for (const value of arr(values, 'filter values')) {
				const [label, list] = arr(value, 'filter value');
				const known = byValue.get(str(label, 'filter value')) ?? [];
				for (const n of arr(list, 'filter pages')) known.push(page(num(n, 'page')));
				byValue.set(str(label, 'filter value'), known);
			}
		}
		// Meta fields are numbered by the shard's own list: -(id + 1) marks a switch to field id.
		const shardFields = arr(meta[5], 'meta fields').map((f) =>
			fields.indexOf(str(f, 'meta field')),
		);
		const metaLocations = (locs: Cbor[]) =>
			locs.map((loc) => {
				const n = num(loc, 'meta location');
				return n < 0 ? -(shardFields[-n - 1]! + 1) : n;
			});
		const wordPages = (list: Cbor[]): WordPage[] => {
			let last = 0;
			return list.map((entry) => {
				const [delta, locs, metaLocs] = arr(entry, 'word page');
				last += num(delta, 'page number');
				return [page(last), arr(locs, 'locations'), metaLocations(arr(metaLocs, 'meta locations'))];
			});
		};
		// The shard's words in order, one chunk in memory at a time.
		return (function* (): Generator<[string, Word]> {
			for (const chunk of arr(meta[2], 'word chunks')) {
				const hash = str(arr(chunk, 'word chunk')[2], 'chunk hash');
				for (const item of arr(read(join(shard, 'index', `${hash}.pf_index`))[0], 'words')) {
					const [name, list, variants] = arr(item, 'word');
					const forms = new Map<string, WordPage[]>();
					for (const variant of arr(variants, 'variants')) {
						const [form, formPages] = arr(variant, 'variant');
						forms.set(str(form, 'variant'), wordPages(arr(formPages, 'variant pages')));
					}
					yield [str(name, 'word'), { pages: wordPages(arr(list, 'word pages')), variants: forms }];
				}
			}
		})();
	});

	// Words in byte order, each word's pages (and each form's) by page number, delta-encoded: the
	// shards' sorted words merged as they are read, so only a chunk of each is held at once.
	const encodePages = (list: WordPage[]): Cbor[] => {
		let last = 0;
		return list
			.sort((a, b) => a[0] - b[0])
			.map(([n, locs, metaLocs]) => {
				const delta = n - last;
				last = n;
				return [delta, locs, metaLocs];
			});
	};
	const firstPage = (list: WordPage[]) => list.reduce((min, [n]) => Math.min(min, n), Infinity);
	const heads = streams.map((stream) => stream.next());
	const chunks: { hash: string; from: string; to: string }[] = [];
	let current: Cbor[] = [];
	let size = 0;
	let first = '';
	let previous = '';
	const close = () => {
		chunks.push({
			hash: write(folders, 'index', '', '.pf_index', lang, [current]),
			from: first,
			to: previous,
		});
		[current, size] = [[], 0];
	};
	for (;;) {
		let key: string | undefined;
		for (const head of heads)
			if (!head.done && (key === undefined || byBytes(head.value[0], key) < 0)) key = head.value[0];
		if (key === undefined) break;
		const word: Word = { pages: [], variants: new Map() };
		heads.forEach((head, s) => {
			if (head.done || head.value[0] !== key) return;
			const [, part] = head.value;
			for (const p of part.pages) word.pages.push(p);
			for (const [form, list] of part.variants)
				word.variants.set(form, [...(word.variants.get(form) ?? []), ...list]);
			heads[s] = streams[s]!.next();
		});
		if (current.length === 0) first = key;
		for (const list of [word.pages, ...word.variants.values()])
			for (const [, locs, metaLocs] of list) size += locs.length + metaLocs.length + 1;
		const variants = [...word.variants].sort(
			([a, pa], [b, pb]) => firstPage(pa) - firstPage(pb) || byBytes(a, b),
		);
		current.push([
			key,
			encodePages(word.pages),
			variants.map(([form, list]) => [form, encodePages(list)]),
		]);
		previous = key;
		if (size >= chunkSize) close();
	}
	if (current.length > 0) close();
	// Each chunk's bounds cut to the shortest prefixes that tell neighbours apart, as Pagefind does.
	for (let i = 0; i + 1 < chunks.length; i++) {
		const [a, b] = [chunks[i]!, chunks[i + 1]!];
		const [to, from] = prefixes(a.to, b.from);
		if (byBytes(to, a.from) >= 0) a.to = to;
		b.from = from;
	}
	const wordChunks = chunks.map(({ hash, from, to }) => [from, to, hash]);
	const filterChunks = [...filters.keys()].sort(byBytes).map((name) => {
		const values = [...filters.get(name)!]
			.sort(([a], [b]) => byBytes(a, b))
			.map(([value, list]): Cbor => [value, list.sort((a, b) => a - b)]);
		return [name, write(folders, 'filter', '', '.pf_filter', lang, [name, values])];
	});
	const meta: Cbor = [version, pages, wordChunks, filterChunks, [], fields];
	const metaHash = write(folders, '', 'pagefind.', '.pf_meta', lang, meta, 10);
	const entry = entries[0]!;
	writeFileSync(
		join(output, 'pagefind-entry.json'),
		JSON.stringify({
			...entry,
			languages: {
				[lang]: { ...entry.languages[lang]!, hash: metaHash, page_count: pages.length },
			},
		}),
	);
}

/** Copy Pagefind's scripts, styles and WebAssembly (everything but index data) from `bundle` to `output`. */
export function copyScripts(bundle: string, output: string): void {
	mkdirSync(output, { recursive: true });
	for (const name of readdirSync(bundle))
		if (
			!['index', 'fragment', 'filter', 'pagefind-entry.json'].includes(name) &&
			!name.endsWith('.pf_meta') &&
			existsSync(join(bundle, name))
		)
			cpSync(join(bundle, name), join(output, name), { recursive: true });
}

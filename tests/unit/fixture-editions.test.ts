/**
 * Whole sites built from fixture editions that are not the reference one: a Spanish site with
 * one source under a base path, and an English site with three sources at a host's root. The
 * engine must serve both without a word of another edition, a wrong language or a link that
 * leaves the base path.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { formatMessage } from '../../src/i18n/format.ts';
import en from '../../src/i18n/locales/en.ts';
import es from '../../src/i18n/locales/es.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { defaultScale } from '../../src/lib/ratings.ts';
import { createRoutes, defaultPathWords, pathWordKeys } from '../../src/lib/routes.ts';
import { resolveSettings } from '../../src/lib/settings.ts';
import esOne from '../editions/es-one/site.ts';
import threeSources from '../editions/three-sources/site.ts';
import { buildFixtureEdition, builtEdition } from '../fixture-build.ts';
import { checkLinks, listPages } from '../linkcheck.ts';

const read = (edition: string, file: string) =>
	readFileSync(join(builtEdition(edition), file), 'utf8');
/** The Spanish edition's section words (its settings' `paths`) and its routes under them. */
const esWords = resolveSettings(esOne).paths;
const esRoutes = createRoutes(esWords);
const esClaim = esRoutes.claim('alumbrado-se-duplicara');
const esSource = esRoutes.source('presupuesto-municipal');
const threeRoutes = createRoutes(resolveSettings(threeSources).paths);
/** A page's visible words: tags, scripts and styles removed, entities as characters. */
const words = (html: string) =>
	html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ');
const filesUnder = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
	);

test('a Spanish edition with one source, served under /checks/, builds with every link inside its path', () => {
	buildFixtureEdition('es-one');
	const result = checkLinks(builtEdition('es-one'), '/checks/');
	assert.deepEqual(result.problems, []);
	assert.ok(
		result.pages >= 10 && result.links > 100,
		`${result.pages} pages, ${result.links} links`,
	);
});

test('the Spanish edition serves every section under its own words, and none under the English ones', () => {
	const dir = builtEdition('es-one');
	for (const key of pathWordKeys) {
		const word = esWords[key];
		assert.notEqual(word, defaultPathWords[key], `the fixture keeps the English word for ${key}`);
		assert.ok(existsSync(join(dir, word, 'index.html')) || key === 'claims', `no page at ${word}/`);
		assert.ok(!existsSync(join(dir, defaultPathWords[key])), `${defaultPathWords[key]}/ was built`);
	}
	for (const route of [esClaim, esSource, esRoutes.sourceClaims('presupuesto-municipal')])
		assert.ok(existsSync(join(dir, route, 'index.html')), `no page at ${route}`);
	for (const { file, path } of listPages(dir)) {
		const html = readFileSync(file, 'utf8');
		for (const key of pathWordKeys)
			assert.ok(
				!html.includes(`href="/checks/${defaultPathWords[key]}/`),
				`${path} links to the English ${defaultPathWords[key]}/`,
			);
	}
	assert.ok(read('es-one', '_headers').includes(`/checks/${esWords.claims}/*`));
});

test('the Spanish edition speaks Spanish on every page: no interface string is left in English', () => {
	const pages = listPages(builtEdition('es-one'));
	// English messages that Spanish words differently, long enough not to occur by chance.
	const english = (Object.keys(en) as (keyof typeof en)[])
		.map((key) => en[key].split(/\{[^}]*\}|<[^>]*>/)[0]?.trim() ?? '')
		.filter((text, i) => text.length >= 8 && text !== es[Object.keys(en)[i] as keyof typeof en]);
	for (const { file, path } of pages) {
		const html = readFileSync(file, 'utf8');
		assert.match(html, /<html lang="es"/, path);
		const text = words(html);
		for (const phrase of english)
			assert.ok(!text.includes(phrase), `${path} still says "${phrase}"`);
	}
	const claim = words(read('es-one', `${esClaim}index.html`));
	assert.ok(claim.includes('3 de noviembre de 2026'), 'dates are not written in Spanish');
	assert.ok(claim.includes(es['verdict.mostly-false']));
	assert.ok(
		claim.includes(formatMessage(es['claim.stancesHeading'], { count: 1 }, 'es')),
		'the one-source heading is not in the singular',
	);
});

test('every absolute address of the Spanish edition carries its path', () => {
	const site = 'https://riverton.github.io/checks/';
	const claimPage = read('es-one', `${esClaim}index.html`);
	assert.ok(claimPage.includes(`<link rel="canonical" href="${site}${esClaim}"`));
	const review = JSON.parse(
		/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(claimPage)?.[1] ?? '{}',
	) as { url: string; itemReviewed: { appearance: { url: string; archivedAt: string }[] } };
	assert.equal(review.url, `${site}${esClaim}`);
	assert.deepEqual(
		review.itemReviewed.appearance.map((a) => [a.url, a.archivedAt]),
		[['https://gaceta.example/2026/11/02/presupuesto', `${site}${esSource}`]],
	);
	const dir = builtEdition('es-one');
	for (const file of filesUnder(dir).filter(
		(f) => /\.(xml|json|html|txt|csv)$/.test(f) && !relative(dir, f).startsWith('pagefind'),
	)) {
		const text = readFileSync(file, 'utf8');
		for (const [url] of text.matchAll(/https:\/\/riverton\.github\.io[^\s"'<)]*/g)) {
			assert.ok(
				url.startsWith(site) || url === site.slice(0, -1),
				`${relative(dir, file)}: ${url}`,
			);
		}
	}
	const oembed = JSON.parse(read('es-one', 'oembed/alumbrado-se-duplicara.json')) as {
		html: string;
	};
	assert.ok(
		oembed.html.includes(`src="${site}embed/alumbrado-se-duplicara/"`) &&
			oembed.html.includes(`src="${site}embed.js"`),
	);
	assert.ok(read('es-one', 'sitemap-0.xml').includes(`<loc>${site}${esClaim}</loc>`));
});

test('the Spanish edition is indexed for search in Spanish', () => {
	const entry = JSON.parse(read('es-one', 'pagefind/pagefind-entry.json')) as {
		languages: Record<string, unknown>;
	};
	assert.deepEqual(Object.keys(entry.languages), ['es']);
});

test('search filters match: each page type and each source is its own filter value, as Pagefind reads one per element', () => {
	const dir = join(builtEdition('es-one'), 'pagefind/fragment');
	const fragments = readdirSync(dir).map(
		(name) =>
			JSON.parse(
				gunzipSync(readFileSync(join(dir, name)))
					.toString('utf8')
					.replace(/^pagefind_dcd/, ''),
			) as { url: string; filters: Record<string, string[]> },
	);
	const source = fragments.find((f) => f.url.endsWith(`/${esSource}`));
	const claim = fragments.find((f) => f.url.endsWith(`/${esClaim}`));
	assert.ok(source && claim, fragments.map((f) => f.url).join(', '));
	assert.deepEqual(source.filters[es['search.filterType']], [es['search.typeSource']]);
	assert.deepEqual(claim.filters[es['search.filterType']], [es['search.typeClaim']]);
	const label = /^label: "?(.*?)"?$/m.exec(
		readFileSync('tests/editions/es-one/content/sources/presupuesto-municipal.md', 'utf8'),
	)?.[1];
	assert.deepEqual(source.filters[es['search.filterSource']], [label]);
});

test('an edition of three sources says three, and as a demonstration links no placeholder repository', () => {
	buildFixtureEdition('three-sources');
	assert.deepEqual(checkLinks(builtEdition('three-sources')).problems, []);
	const page = read('three-sources', `${threeRoutes.claim('six-month-closure')}index.html`);
	assert.ok(
		words(page).includes(formatMessage(en['claim.stancesHeading'], { count: 3 }, 'en')),
		'the stance heading counts three sources',
	);
	// Its settings name a repository on a placeholder domain and say demo: true.
	assert.ok(!page.includes('git.example'), 'a demonstration edition linked a placeholder address');
	const matrix = read('three-sources', `${threeRoutes.sources()}index.html`);
	assert.equal(
		[...matrix.matchAll(/<th scope="col"[\s>]/g)].length,
		4,
		'a claim column and one per source',
	);
});

test('an edition with a rating scale of its own shows its ratings, its words and its colours, and gives its values to ClaimReview', () => {
	const site = resolveSettings(threeSources);
	const { paths } = sitePaths(site);
	const file = (path: string) => `${path.slice(site.base.length)}index.html`;
	const dir = builtEdition('three-sources');
	const css = filesUnder(dir)
		.filter((f) => f.endsWith('.css'))
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	for (const rating of threeSources.ratings) {
		const page = words(read('three-sources', file(paths.verdict(rating.id))));
		assert.ok(page.includes(rating.label), `${rating.id}: its page does not name it`);
		const rule = new RegExp(
			`\\[data-verdict=['"]?${rating.id}['"]?\\]\\{--verdict:${rating.color};--verdict-ink:(${rating.ink}|${rating.ink.replace(/^#(.)\1(.)\2(.)\3$/, '#$1$2$3')})\\}`,
		);
		assert.match(css, rule, `${rating.id}: its colours are not in the stylesheet`);
	}
	// Nothing of the engine's six is left: no page names one of their labels (the longer ones, which no text uses by chance).
	const dictionary: Readonly<Record<string, string | undefined>> = en;
	const others = defaultScale
		.map((r) => dictionary[`verdict.${r.id}`] ?? '')
		.filter((label) => label.length >= 8);
	for (const { file: page, path } of listPages(dir)) {
		const text = words(readFileSync(page, 'utf8'));
		for (const label of others) assert.ok(!text.includes(label), `${path} says "${label}"`);
	}
	const scale = words(read('three-sources', file(paths.verdicts())));
	for (const rating of threeSources.ratings) assert.ok(scale.includes(rating.meaning), rating.id);
	const values = threeSources.ratings.flatMap((r) => (r.value === null ? [] : [r.value]));
	const claims = readdirSync('tests/editions/three-sources/content/claims').map((f) =>
		f.replace(/\.md$/, ''),
	);
	for (const name of claims) {
		const page = read('three-sources', file(paths.claim(name)));
		const review = JSON.parse(
			/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}',
		) as { reviewRating: Record<string, unknown> };
		const rating = threeSources.ratings.find(
			(r) => r.label === review.reviewRating['alternateName'],
		);
		assert.ok(rating, `${name}: ClaimReview names no rating of the scale`);
		assert.ok(words(page).includes(rating.label), `${name}: the page does not show its verdict`);
		assert.deepEqual(
			review.reviewRating,
			rating.value === null
				? { '@type': 'Rating', alternateName: rating.label }
				: {
						'@type': 'Rating',
						ratingValue: rating.value,
						bestRating: Math.max(...values),
						worstRating: Math.min(...values),
						alternateName: rating.label,
					},
		);
	}
});

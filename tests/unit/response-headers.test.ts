import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	allowAnyOrigin,
	allowFraming,
	cacheForever,
	everyResponse,
	headerRules,
	refuseFraming,
} from '../../src/lib/response-headers.ts';
import { createRoutes, defaultPathWords } from '../../src/lib/routes.ts';

/** A site's routes: any words do, as the rules follow the pages built. */
const routes = createRoutes(defaultPathWords);

/** Paths in the built site, whatever its base path. */
const paths = Object.fromEntries(
	Object.entries(routes).map(([name, route]) => [name, (id = '') => `/${route(id)}`]),
) as { [K in keyof typeof routes]: (id?: string) => string };
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

const pages = [
	'/',
	'/404.html',
	'/about/',
	'/claims/a/',
	'/claims/b/',
	paths.embed('a'),
	paths.embed('b'),
	'/sources/s/claims/',
];
const lower = (...sets: Record<string, string>[]) =>
	Object.fromEntries(
		sets.flatMap((headers) => Object.entries(headers)).map(([k, v]) => [k.toLowerCase(), v]),
	);
const rules = parseHeadersFile(headerRules(pages));

test('embed cards may be framed by anyone: their frame-ancestors policy overrides the X-Frame-Options every response has', () => {
	for (const id of ['a', 'b', 'not-built-yet'])
		assert.deepEqual(headersFor(rules, paths.embed(id)), lower(everyResponse, allowFraming));
});

test('every other page refuses framing, and no header is set twice', () => {
	for (const page of pages.filter((p) => !p.startsWith('/embed/')))
		assert.deepEqual(headersFor(rules, page), lower(everyResponse, refuseFraming), page);
	assert.deepEqual(
		rules.map((r) => r.pattern),
		[
			'/*',
			'/embed/*',
			'/',
			'/404.html',
			'/about/*',
			'/claims/*',
			'/sources/*',
			'/api/*',
			'/oembed/*',
			'/_astro/*',
			'/icons/*',
		],
	);
});

test("Astro's bundles and the icon sprite, named by their content, are cached for good; pages are not", () => {
	for (const path of [
		'/_astro/Base.Dg49eB_r.css',
		'/_astro/page.B1x2.js',
		paths.iconSprite('0a1b2c'),
	])
		assert.deepEqual(headersFor(rules, path), lower(everyResponse, cacheForever), path);
	for (const path of [
		'/',
		paths.claim('a'),
		paths.embed('a'),
		paths.dataAll(),
		paths.embedScript(),
	])
		assert.equal(headersFor(rules, path)['cache-control'], undefined, path);
	const elsewhere = parseHeadersFile(headerRules(pages, '/', [], 'assets'));
	assert.deepEqual(headersFor(elsewhere, '/assets/a.css'), lower(everyResponse, cacheForever));
	assert.equal(headersFor(elsewhere, '/_astro/a.css')['cache-control'], undefined);
});

test('a missing page, at any address, refuses framing', () => {
	for (const path of ['/no-such-page/', '/claims/no-such-claim/', '/a/b/c.html']) {
		const headers = headersFor(rules, path);
		assert.equal(headers['x-frame-options'], 'DENY', path);
		assert.notEqual(
			headers['content-security-policy'],
			allowFraming['Content-Security-Policy'],
			path,
		);
	}
});

test('every response is nosniff, with a referrer policy and a permissions policy that allows no device feature', () => {
	for (const path of [
		'/',
		paths.embed('a'),
		paths.dataCsv(),
		paths.oembed('a'),
		paths.embedScript(),
		'/missing/',
	]) {
		const headers = headersFor(rules, path);
		assert.equal(headers['x-content-type-options'], 'nosniff', path);
		assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
		for (const feature of headers['permissions-policy']!.split(', '))
			assert.match(feature, /^[a-z-]+=\(\)$/, path);
	}
});

test('the open data and oEmbed responses may be read from any origin; pages may not', () => {
	for (const path of [
		paths.dataAll(),
		paths.dataClaim('a'),
		paths.dataCsv(),
		paths.dataFeed(),
		paths.dataSchema(),
		paths.oembed('a'),
	]) {
		assert.deepEqual(headersFor(rules, path), lower(everyResponse, allowAnyOrigin), path);
	}
	for (const path of ['/', paths.claim('a'), paths.embed('a')])
		assert.equal(headersFor(rules, path)['access-control-allow-origin'], undefined, path);
});

test('a new section of the site is covered without editing anything', () => {
	const more = parseHeadersFile(headerRules([...pages, '/search/']));
	assert.deepEqual(headersFor(more, '/search/'), lower(everyResponse, refuseFraming));
});

test('a site under a base path gets the same rules under it, since hosts match the address a reader asks for', () => {
	const base = '/checks/';
	const under = parseHeadersFile(headerRules(pages, base));
	assert.deepEqual(
		under.map((rule) => rule.pattern),
		rules.map((rule) => `/checks${rule.pattern}`),
	);
	for (const path of pages)
		assert.deepEqual(headersFor(under, `/checks${path}`), headersFor(rules, path), path);
	assert.deepEqual(
		headersFor(under, `/checks${paths.embed('a')}`),
		lower(everyResponse, allowFraming),
	);
	assert.deepEqual(
		headersFor(under, `/checks${paths.claim('a')}`),
		lower(everyResponse, refuseFraming),
	);
	assert.deepEqual(headersFor(under, paths.claim('a')), {}, 'outside the base, no rule applies');
});

test("a further language's folder is a site of its own: its embed cards may be framed, its other pages refuse, its open data is readable", () => {
	const folder = 'es-mx';
	const inFolder = (path: string) => `/${folder}${path}`;
	const both = parseHeadersFile(headerRules([...pages, ...pages.map(inFolder)], '/', [folder]));
	for (const path of pages) {
		assert.deepEqual(headersFor(both, inFolder(path)), headersFor(rules, path), inFolder(path));
		assert.deepEqual(headersFor(both, path), headersFor(rules, path), path);
	}
	assert.equal(
		headersFor(both, inFolder(paths.dataAll()))['access-control-allow-origin'],
		allowAnyOrigin['Access-Control-Allow-Origin'],
	);
});

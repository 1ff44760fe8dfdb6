import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowFraming, frameHeaderRules, refuseFraming } from '../../src/lib/frame-headers.ts';
import { paths } from '../../src/lib/paths.ts';
import { headersFor, parseHeadersFile } from '../headers-file.ts';

const pages = ['/', '/404.html', '/about/', '/claims/a/', '/claims/b/', paths.embed('a'), paths.embed('b'), '/sources/s/claims/'];
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

test('embed cards may be framed by anyone, and only by the embed rule', () => {
	const rules = parseHeadersFile(frameHeaderRules(pages));
	for (const id of ['a', 'b', 'not-built-yet']) assert.deepEqual(headersFor(rules, paths.embed(id)), lower(allowFraming));
});

test('every other page refuses framing, with one rule each (no header is set twice)', () => {
	const rules = parseHeadersFile(frameHeaderRules(pages));
	for (const page of pages.filter((p) => !p.startsWith('/embed/'))) assert.deepEqual(headersFor(rules, page), lower(refuseFraming), page);
	assert.deepEqual(
		rules.map((r) => r.pattern),
		['/embed/*', '/', '/404.html', '/about/*', '/claims/*', '/sources/*'],
	);
});

test('a new section of the site is covered without editing anything', () => {
	const rules = parseHeadersFile(frameHeaderRules([...pages, '/search/']));
	assert.deepEqual(headersFor(rules, '/search/'), lower(refuseFraming));
});

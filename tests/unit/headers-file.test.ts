import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

const rules = parseHeadersFile(`# comment
/*
  X-Shared: all

/claims/*
  X-Frame-Options: DENY
/embed/:id/
  Content-Security-Policy: frame-ancestors *
/exact.html
  X-Shared: exact
`);

test('parseHeadersFile reads paths and their indented headers, skipping comments and blank lines', () => {
	assert.deepEqual(
		rules.map((r) => [r.pattern, r.headers.length]),
		[
			['/*', 1],
			['/claims/*', 1],
			['/embed/:id/', 1],
			['/exact.html', 1],
		],
	);
	assert.deepEqual(rules[2]?.headers, [['Content-Security-Policy', 'frame-ancestors *']]);
});

test('parseHeadersFile rejects a header line before any path', () => {
	assert.throws(() => parseHeadersFile('  X-Frame-Options: DENY\n'), /line 1/);
});

test('headersFor applies every matching rule: splats, placeholders, exact paths', () => {
	assert.deepEqual(headersFor(rules, '/claims/x/'), {
		'x-shared': 'all',
		'x-frame-options': 'DENY',
	});
	assert.deepEqual(headersFor(rules, '/claims/'), { 'x-shared': 'all', 'x-frame-options': 'DENY' });
	assert.deepEqual(headersFor(rules, '/embed/x/'), {
		'x-shared': 'all',
		'content-security-policy': 'frame-ancestors *',
	});
	assert.deepEqual(headersFor(rules, '/embed/x/y/'), { 'x-shared': 'all' });
	assert.deepEqual(headersFor(rules, '/exactxhtml'), { 'x-shared': 'all' });
});

test('headersFor joins a header that two matching rules set, as Cloudflare Pages does', () => {
	assert.equal(headersFor(rules, '/exact.html')['x-shared'], 'all, exact');
});

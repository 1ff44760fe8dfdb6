import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagedPaths, pageLinks, pageParam, pagePath, paginate } from '../../src/lib/pagination.ts';

test('paginate cuts items into fixed-size pages and keeps one page for an empty listing', () => {
	const pages = paginate([1, 2, 3, 4, 5], 2);
	assert.deepEqual(
		pages.map((p) => p.items),
		[[1, 2], [3, 4], [5]],
	);
	assert.deepEqual(
		pages.map((p) => [p.number, p.count, p.total]),
		[
			[1, 3, 5],
			[2, 3, 5],
			[3, 3, 5],
		],
	);
	assert.deepEqual(
		paginate([], 2).map((p) => [p.items.length, p.count]),
		[[0, 1]],
	);
});

test('page 1 is the listing itself; later pages sit under page/<n>/', () => {
	assert.equal(pagePath('/verdicts/true/', 1), '/verdicts/true/');
	assert.equal(pagePath('/verdicts/true/', 3), '/verdicts/true/page/3/');
	assert.equal(pageParam(1), undefined);
	assert.equal(pageParam(3), 'page/3');
});

test('pageLinks offers first, last and a window around the current page, with gaps marked', () => {
	assert.deepEqual(pageLinks(1, 1), [1]);
	assert.deepEqual(pageLinks(5, 10), [1, null, 3, 4, 5, 6, 7, null, 10]);
	assert.deepEqual(pageLinks(2, 4), [1, 2, 3, 4]);
});

test('pagedPaths gives a listing route one path per page: its params with the page, its props with the page', () => {
	const items = Array.from({ length: 120 }, (_, i) => i);
	const paths = pagedPaths(items, { id: 'src' }, { label: 'x' });
	assert.deepEqual(
		paths.map((p) => p.params),
		[
			{ id: 'src', page: undefined },
			{ id: 'src', page: 'page/2' },
			{ id: 'src', page: 'page/3' },
		],
	);
	assert.deepEqual(
		paths.map((p) => [p.props.label, p.props.page.number, p.props.page.items.length]),
		[
			['x', 1, 50],
			['x', 2, 50],
			['x', 3, 20],
		],
	);
	assert.notEqual(paths[0]?.cacheKey, paths[1]?.cacheKey);
});

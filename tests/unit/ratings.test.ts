import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getRating, ratingBounds, ratingIds, ratings } from '../../src/lib/ratings.ts';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
	const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

test('white badge text meets WCAG AA (4.5:1) on every rating color', () => {
	for (const rating of ratings) {
		assert.ok(contrast('#ffffff', rating.color) >= 4.5, `${rating.id}: ${contrast('#ffffff', rating.color).toFixed(2)}:1`);
	}
});

test('contrast helper agrees with known values', () => {
	assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
	assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
});

test('rating ids are unique and URL-safe', () => {
	assert.equal(new Set(ratingIds).size, ratings.length);
	for (const id of ratingIds) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
});

test('numeric values run from worst to best without gaps; unproven has none', () => {
	const values = ratings.flatMap((r): number[] => (r.value === null ? [] : [r.value])).sort();
	assert.deepEqual(values, [1, 2, 3, 4, 5]);
	assert.equal(Math.min(...values), ratingBounds.worst);
	assert.equal(Math.max(...values), ratingBounds.best);
	assert.equal(getRating('unproven').value, null);
});

test('getRating names the known ratings when given an unknown one', () => {
	assert.throws(() => getRating('pants-on-fire'), /Unknown rating "pants-on-fire".*mostly-true/);
});

/** The engine's default scale, the one a site gets without a `ratings` setting: readable, and told apart without colour. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { icons } from '../../src/lib/icons.ts';
import { contrast } from '../../src/lib/contrast.ts';
import { defaultScale, ratingScale } from '../../src/lib/ratings.ts';
import en from '../../src/i18n/locales/en.ts';
import { stances } from '../../src/edition/stances.ts';

const dictionary: Readonly<Record<string, string | undefined>> = en;
const { ratings, ratingIds, ratingBounds, scaleSteps, getRating } = ratingScale(
	defaultScale,
	'en',
	(key) => dictionary[key],
);

test('badge text (ink) meets WCAG AA (4.5:1) on every rating color', () => {
	for (const rating of ratings) {
		assert.ok(
			contrast(rating.ink, rating.color) >= 4.5,
			`${rating.id}: ${contrast(rating.ink, rating.color).toFixed(2)}:1`,
		);
	}
});

/** CIE L*a*b* (D65) of a colour given as linear RGB. */
function lab([r, g, b]: readonly number[]): [number, number, number] {
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
	const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
	const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
	return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const linear = (hex: string) =>
	[1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
/** Colour-vision deficiencies at full severity (Machado, Oliveira and Fernandes 2009), on linear RGB. */
const deficiencies: Record<string, number[][]> = {
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881],
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998],
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039],
	],
};
const seenWith = (matrix: number[][], hex: string) => {
	const c = linear(hex);
	return matrix.map((row) =>
		Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)),
	);
};
const pairs = ratings.flatMap((a, i) => ratings.slice(i + 1).map((b) => [a, b] as const));

test('verdict colours differ in lightness, not only hue: L* spans at least 40 and neighbours on the scale differ by 5', () => {
	const lightness = (hex: string) => lab(linear(hex))[0];
	const all = ratings.map((r) => lightness(r.color));
	assert.ok(Math.max(...all) - Math.min(...all) >= 40, all.map((l) => l.toFixed(0)).join(', '));
	for (const [i, step] of scaleSteps.entries()) {
		const next = scaleSteps[i + 1];
		if (next)
			assert.ok(
				Math.abs(lightness(step.color) - lightness(next.color)) >= 5,
				`${step.id} / ${next.id}`,
			);
	}
});

test('every two verdict colours stay apart (ΔE ≥ 12) for readers with each colour-vision deficiency', () => {
	for (const [name, matrix] of Object.entries(deficiencies)) {
		for (const [a, b] of pairs) {
			const [la, lb] = [lab(seenWith(matrix, a.color)), lab(seenWith(matrix, b.color))];
			const distance = Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
			assert.ok(distance >= 12, `${name}: ${a.id} / ${b.id} ΔE ${distance.toFixed(1)}`);
		}
	}
});

test('each verdict has an icon of its own, and so does each stance, never one a verdict uses', () => {
	const shapes = (shape: keyof typeof icons) => icons[shape].map((part) => part.d).join(' ');
	assert.equal(new Set(ratings.map((r) => shapes(r.icon))).size, ratings.length);
	assert.equal(new Set(stances.map((s) => shapes(s.icon))).size, stances.length);
	for (const stance of stances) assert.ok(!ratings.some((r) => r.icon === stance.icon), stance.id);
});

test('the scale runs worst to best and leaves Unproven off it', () => {
	assert.deepEqual(
		scaleSteps.map((r) => r.value),
		[1, 2, 3, 4, 5],
	);
	assert.ok(!scaleSteps.some((r) => r.id === 'unproven'));
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

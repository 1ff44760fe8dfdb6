/**
 * The reading experience: on every claim page the verdict and what every source says come
 * first, on a phone and on a desktop; the home page shows a claim on the first phone screen;
 * verdicts are told by label, place on the scale and icon, in colours that pass AA; stances are
 * neutral; the matrix keeps its headers in view.
 */
import { axeViolations } from '../axe.ts';
import { expect, test } from '@playwright/test';
import { t } from '../../src/edition/i18n.ts';
import { iconSprite, iconSpriteVersion, icons, type IconShape } from '../../src/lib/icons.ts';
import { paths } from '../../src/edition/paths.ts';
import { getRating, ratings, scaleSteps } from '../../src/edition/ratings.ts';
import { getStance } from '../../src/edition/stances.ts';
import {
	desktop,
	expectClaimFirstScreenOnDesktop,
	expectClaimFirstScreenOnPhone,
	expectHomeShowsAClaimOnPhone,
	phone,
	type ClaimOnScreen,
} from '../reading.ts';
import { claims, sources } from '../site-content.ts';

/** Where a page's icon of this shape points: its symbol in the sprite, under the site's base path. */
const spriteRef = (shape: IconShape) => `${paths.iconSprite(iconSpriteVersion)}#${shape}`;

const onScreen = ({ data }: (typeof claims)[number]): ClaimOnScreen => ({
	verdict: data.verdict,
	stances: data.sources.map(({ source, stance }) => ({
		source,
		stance,
		label: getStance(stance).label,
	})),
});

test.describe('claim pages put the verdict and every source first', () => {
	for (const claim of claims) {
		test(`${claim.id}: on a phone and on a desktop`, async ({ page }) => {
			await page.setViewportSize(phone);
			await page.goto(paths.claim(claim.id));
			await expectClaimFirstScreenOnPhone(page, onScreen(claim));
			await expectClaimFirstScreenOnDesktop(page, onScreen(claim));
		});
	}
});

test('a claim page tells its verdict three ways: label, place on the scale, icon', async ({
	page,
}) => {
	test.skip(claims.length === 0, 'the edition has no claims yet');
	for (const rating of ratings) {
		const claim = claims.find((c) => c.data.verdict === rating.id);
		if (!claim) {
			// Said in the report, not passed over: a rating no claim has yet cannot be checked here.
			test.info().annotations.push({
				type: 'not checked',
				description: `no claim is rated ${rating.label}`,
			});
			continue;
		}
		await page.goto(paths.claim(claim.id));
		const panel = page.locator('.verdict-panel');
		await expect(panel.locator('.verdict')).toHaveText(rating.label);
		await expect(panel.locator('.verdict svg use')).toHaveAttribute('href', spriteRef(rating.icon));
		const steps = panel.locator('.scale-step');
		await expect(steps).toHaveCount(scaleSteps.length);
		const here = panel.locator('.scale-step--here');
		if (rating.value === null) {
			await expect(here).toHaveCount(0);
			await expect(panel.locator('.scale-note')).toBeVisible();
		} else {
			await expect(here).toHaveAttribute('data-verdict', rating.id);
			await expect(panel.locator('.verdict-scale')).toContainText(
				t('scale.position', {
					step: rating.value,
					steps: scaleSteps.length,
					worst: scaleSteps[0]!.label,
					best: scaleSteps.at(-1)!.label,
				}),
			);
		}
	}
});

test('every icon points to its symbol in the one sprite, which the site serves', async ({
	page,
	request,
}) => {
	for (const path of [
		paths.home(),
		paths.verdicts(),
		...claims.slice(0, 1).map((c) => paths.claim(c.id)),
	]) {
		await page.goto(path);
		const uses = await page
			.locator('svg.icon')
			.evaluateAll((svgs) =>
				svgs.map((svg) => [svg.getAttributeNames().join(' '), svg.innerHTML] as const),
			);
		expect(uses.length, path).toBeGreaterThan(0);
		for (const [attributes, inner] of uses) {
			// No scope attribute, and nothing drawn inline: a reference to a shape of src/lib/icons.ts.
			expect(attributes).toBe('class aria-hidden');
			const shape = /^<use href="[^"#]*#([^"]+)"><\/use>$/.exec(inner)?.[1] ?? '';
			expect(Object.keys(icons), inner).toContain(shape);
			expect(inner).toBe(`<use href="${spriteRef(shape as IconShape)}"></use>`);
		}
	}
	const sprite = await request.get(paths.iconSprite(iconSpriteVersion));
	expect(sprite.headers()['content-type']).toContain('image/svg+xml');
	expect(await sprite.text()).toBe(iconSprite);
});

test('each verdict keeps a distinct icon and label in greyscale', async ({ page }) => {
	await page.goto(paths.verdicts());
	await page.emulateMedia({ colorScheme: 'light' });
	// Through the CSSOM, which the site's Content Security Policy allows (an injected <style> it refuses).
	await page.evaluate(() => document.documentElement.style.setProperty('filter', 'grayscale(1)'));
	const badges = page.locator('.scale .verdict');
	await expect(badges).toHaveCount(ratings.length);
	const seen = await badges.evaluateAll((nodes) =>
		nodes.map((n) => ({
			label: n.textContent ?? '',
			icon: n.querySelector('svg')?.innerHTML ?? '',
		})),
	);
	expect(new Set(seen.map((s) => s.label)).size).toBe(ratings.length);
	expect(new Set(seen.map((s) => s.icon)).size).toBe(ratings.length);
	// Drawn, in greyscale, every icon differs from every other.
	const shots = await Promise.all(
		Array.from({ length: ratings.length }, (_, i) => badges.nth(i).locator('svg').screenshot()),
	);
	expect(new Set(shots.map((shot) => shot.toString('base64'))).size).toBe(ratings.length);
});

test('stances are neutral: one colour for all, never a verdict colour', async ({ page }) => {
	test.skip(claims.length === 0, 'the edition has no claims yet');
	await page.goto(paths.sources());
	const colours = await page
		.locator('.stance')
		.evaluateAll((nodes) => [
			...new Set(
				nodes.map((n) => `${getComputedStyle(n).color} ${getComputedStyle(n).backgroundColor}`),
			),
		]);
	expect(colours).toHaveLength(1);
	const verdictColours = await page
		.locator('.verdict')
		.evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).backgroundColor));
	expect(verdictColours.some((c) => colours[0]!.endsWith(c))).toBe(false);
});

test('the home page shows a claim with its verdict on the first phone screen', async ({ page }) => {
	test.skip(claims.length === 0, 'the edition has no claims yet');
	await page.setViewportSize(phone);
	await page.goto(paths.home());
	await expectHomeShowsAClaimOnPhone(page);
	// The filters are one row of chips that scrolls sideways, not a block that pushes the list down.
	const chips = page.getByRole('navigation', { name: t('filters.heading') }).getByRole('link');
	const tops = new Set(
		await chips.evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top))),
	);
	expect(tops.size).toBe(1);
	for (const box of await chips.evaluateAll((links) =>
		links.map((a) => a.getBoundingClientRect().height),
	))
		expect(box).toBeGreaterThanOrEqual(44);
});

/** A rail link's accessible name: its label, the count, and the counted word the dictionary gives. */
const railLinkName = (label: string, count: number) =>
	`${label} ${count} ${t('filters.countHidden', { count })}`;

test('on a desktop the home list sits beside a rail of counts by verdict and by source', async ({
	page,
}) => {
	test.skip(claims.length === 0, 'the edition has no claims yet');
	await page.setViewportSize(desktop);
	await page.goto(paths.home());
	const rail = page.locator('.listing-rail');
	const list = page.locator('.claim-list');
	const [railBox, listBox] = [await rail.boundingBox(), await list.boundingBox()];
	expect(railBox!.x).toBeGreaterThan(listBox!.x + listBox!.width - 1);
	for (const rating of ratings) {
		const count = claims.filter((c) => c.data.verdict === rating.id).length;
		await expect(
			rail.getByRole('link', { name: railLinkName(rating.label, count), exact: true }),
		).toBeVisible();
	}
	for (const { data: source } of sources) {
		const count = claims.filter((c) =>
			c.data.sources.some((s) => s.source === source.id && s.stance !== 'not-mentioned'),
		).length;
		await expect(
			rail.getByRole('link', { name: railLinkName(source.label, count), exact: true }),
		).toBeVisible();
	}
	// Each card carries its claim's stances in one compact line.
	const [first] = [...claims].sort(
		(a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id),
	);
	const card = page
		.locator('.claim-card')
		.filter({ has: page.locator(`a[href="${paths.claim(first!.id)}"]`) });
	await expect(card.locator('.mini-stances')).toBeVisible();
});

test('a source page starts with counts by verdict and by stance, and marks its passages legibly', async ({
	page,
}) => {
	for (const { data: source } of sources) {
		await page.setViewportSize(desktop);
		await page.goto(paths.source(source.id));
		const quoting = claims.filter((c) =>
			c.data.sources.some((s) => s.source === source.id && s.stance !== 'not-mentioned'),
		);
		const counts = page.locator('.source-counts');
		await expect(counts).toBeInViewport();
		const sum = async (group: number) =>
			(await counts.locator('.count-group').nth(group).locator('.count').allTextContents()).reduce(
				(a, n) => a + Number(n),
				0,
			);
		expect(await sum(0)).toBe(quoting.length);
		expect(await sum(1)).toBe(quoting.length);
		for (const claim of quoting) {
			const stance = claim.data.sources.find((s) => s.source === source.id)!.stance;
			const item = page
				.locator('.source-claims li')
				.filter({ has: page.locator(`a[href="${paths.claim(claim.id)}"]`) });
			await expect(item.locator('.stance')).toHaveText(getStance(stance).label);
			await expect(item.locator('.verdict')).toHaveText(getRating(claim.data.verdict).label);
		}
		await expect(page.locator('details.archive-note')).not.toHaveAttribute('open');
		for (const style of await page
			.locator('.cite-link')
			.evaluateAll((links) => links.map((a) => getComputedStyle(a)))) {
			expect(style.verticalAlign).not.toBe('super');
			expect(parseFloat(style.fontSize)).toBeGreaterThanOrEqual(12);
		}
	}
});

test('the matrix shows “not mentioned” as a named dash and keeps its header row and claim column in view', async ({
	page,
}) => {
	test.skip(claims.length === 0, 'the edition has no claims yet');
	await page.setViewportSize(phone);
	await page.goto(paths.sources());
	const [claim] = claims;
	const silent = claim!.data.sources.find((s) => s.stance === 'not-mentioned');
	if (silent) {
		const label = sources.find((s) => s.id === silent.source)!.data.label;
		const row = page
			.locator('table.matrix tbody tr')
			.filter({ has: page.locator(`th a[href="${paths.claim(claim!.id)}"]`) });
		const cell = row.getByRole('link', { name: `${getStance('not-mentioned').label}: ${label}` });
		await expect(cell).toHaveText(new RegExp(`^–${getStance('not-mentioned').label}: `));
		expect(await cell.evaluate((a) => a.querySelector('[aria-hidden="true"]')?.textContent)).toBe(
			'–',
		);
	}
	// Scrolled as far as the matrix goes (a small edition's may not scroll at all), the header row
	// and the claim column stay at the frame's edge, or where they were if they had not reached it.
	const frame = page.locator('.table-scroll');
	const cornerCell = page.locator('table.matrix thead th').first();
	const rowHeader = page.locator('table.matrix tbody th').nth(Math.min(5, claims.length - 1));
	const offsets = async () => {
		const box = (await frame.boundingBox())!;
		const corner = (await cornerCell.boundingBox())!;
		return {
			top: corner.y - box.y,
			left: corner.x - box.x,
			rowLeft: (await rowHeader.boundingBox())!.x - box.x,
		};
	};
	const before = await offsets();
	const scrolled = await frame.evaluate((el) => {
		el.scrollTo(400, 600);
		return { x: el.scrollLeft, y: el.scrollTop };
	});
	const after = await offsets();
	expect(Math.abs(after.top - Math.max(0, before.top - scrolled.y))).toBeLessThanOrEqual(2);
	expect(Math.abs(after.left - Math.max(0, before.left - scrolled.x))).toBeLessThanOrEqual(2);
	expect(Math.abs(after.rowLeft - Math.max(0, before.rowLeft - scrolled.x))).toBeLessThanOrEqual(2);
});

test.describe('no contrast failures, on a phone and on a desktop', () => {
	const pages = [
		paths.home(),
		paths.sources(),
		...sources.slice(0, 1).map((source) => paths.source(source.id)),
		paths.verdicts(),
		...ratings.flatMap((r) => {
			const claim = claims.find((c) => c.data.verdict === r.id);
			return claim ? [paths.claim(claim.id)] : [];
		}),
	];
	for (const viewport of [phone, desktop]) {
		test(`at ${viewport.width} px`, async ({ page }) => {
			// A full axe run per page: slow on a loaded machine, so the time grows with the pages.
			test.setTimeout(30_000 * pages.length);
			await page.setViewportSize(viewport);
			for (const path of pages) {
				await page.goto(path);
				expect(await axeViolations(page, ['color-contrast', 'target-size']), path).toEqual([]);
			}
		});
	}
});

/**
 * What readers browse by besides the claims: who made them (claimant pages with scorecards),
 * what they are about (topics), and what the desk changed (the corrections log and its feeds);
 * and the top of every page on a phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { claimantName } from '../../src/edition/claimants.ts';
import { claimantPageFinder, claimantPages } from '../../src/lib/claimant-pages.ts';
import { correctionEntries } from '../../src/lib/corrections.ts';
import { byNewest } from '../../src/lib/joins.ts';
import { anchors } from '../../src/lib/paths.ts';
import { paths } from '../../src/edition/paths.ts';
import { getRating, ratings } from '../../src/edition/ratings.ts';
import { checkClaimants, checkTopics } from '../../src/validator/check-lists.ts';
import { t } from '../../src/edition/i18n.ts';
import { claims, records, sources } from '../site-content.ts';

const claimantList = checkClaimants('.').entries.map((data) => ({ id: data.id, data }));
const pageOf = claimantPageFinder(claimantList);
const topics = checkTopics('.').entries;

// These walk every claim, claimant, topic and log page of the edition.
test.describe.configure({ timeout: 300_000 });
const newestFirst = [...claims].sort(byNewest);

/** The hrefs of every item a paginated listing shows, following its "older" links. */
async function listedAcrossPages(page: Page, start: string, item: string): Promise<string[]> {
	const found: string[] = [];
	for (let next: string | null = start; next;) {
		await page.goto(next);
		found.push(
			...(await page
				.locator(item)
				.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))),
		);
		// The last page has no "older" link: look without waiting for one.
		const older = page.locator('.pagination a[rel="next"]');
		next = (await older.count()) > 0 ? await older.getAttribute('href') : null;
	}
	return found;
}

test('every claim page links its claimant’s name, in both places, to the claimant’s page', async ({
	page,
}) => {
	for (const { data } of claims) {
		await page.goto(paths.claim(data.id));
		const href = paths.claimant(pageOf(data.claimant).id);
		for (const where of ['.attribution', '.about-check'])
			await expect(page.locator(where).locator(`a[href="${href}"]`)).toHaveText(
				claimantName(data.claimant),
			);
	}
});

test('each claimant page lists exactly its claims, newest first, with a scorecard that counts them and says they are no random sample', async ({
	page,
}) => {
	const pages = claimantPages(newestFirst, claimantList, t('claimants.unidentifiedName'));
	for (const { id, name, claims: own } of pages) {
		await page.goto(paths.claimant(id));
		await expect(page.locator('h1')).toHaveText(t('claimant.pageTitle', { name }));
		await expect(page.locator('.scorecard caption')).toHaveText(
			t('claimant.scorecardCaption', { count: own.length, name }),
		);
		await expect(page.locator('.scorecard .note')).toHaveText(t('claimant.notSample', { name }));
		await expect(page.locator('.scorecard tbody tr')).toHaveCount(ratings.length);
		for (const rating of ratings) {
			const row = page.locator(`.scorecard tbody tr[data-verdict="${rating.id}"]`);
			await expect(row.locator('th')).toHaveText(rating.label);
			await expect(row.locator('td')).toHaveText(
				String(own.filter((c) => c.data.verdict === rating.id).length),
			);
		}
		const listed = await listedAcrossPages(page, paths.claimant(id), '.claim-card h3 a');
		expect(listed).toEqual(own.map((c) => paths.claim(c.data.id)));
	}
	// Every claimant is on the index, and every claim on exactly one claimant page.
	const index = await listedAcrossPages(page, paths.claimants(), '.claimant-list a');
	expect(index.sort()).toEqual(pages.map(({ id }) => paths.claimant(id)).sort());
	expect(pages.flatMap((p) => p.claims)).toHaveLength(claims.length);
});

test('the corrections page lists every update entry, newest first, with verdict changes marked, each linked to its log entry', async ({
	page,
}) => {
	const expected = correctionEntries(newestFirst, records);
	const listed = await listedAcrossPages(page, paths.corrections(), '.correction-list h3 a');
	expect(listed).toEqual(
		expected.map((e) =>
			e.position > 0
				? `${paths.claim(e.claimId)}#${anchors.update(e.position)}`
				: paths.claim(e.claimId),
		),
	);
	await page.goto(paths.corrections());
	const changes = expected.slice(0, 50).filter((e) => e.verdictChange);
	const marked = page
		.locator('.correction-list li')
		.filter({ has: page.locator('.verdict-change') });
	await expect(marked).toHaveCount(changes.length);
	for (const [i, entry] of changes.entries())
		await expect(marked.nth(i).locator('.verdict-change .verdict')).toHaveText([
			getRating(entry.verdictChange!.from).label,
			getRating(entry.verdictChange!.to).label,
		]);
	// Each entry's target exists: the check's update log has an item with that id.
	for (const entry of expected.filter((e) => e.position > 0).slice(0, 5)) {
		await page.goto(`${paths.claim(entry.claimId)}#${anchors.update(entry.position)}`);
		await expect(page.locator(`#${anchors.update(entry.position)}`)).toContainText(entry.note);
	}
});

test('the corrections log has RSS and Atom feeds with one entry per update entry', async ({
	page,
	request,
}) => {
	const expected = correctionEntries(newestFirst, records).slice(0, 50);
	await page.goto(paths.corrections());
	for (const [type, href] of [
		['application/rss+xml', paths.correctionsRss()],
		['application/atom+xml', paths.correctionsAtom()],
	] as const)
		await expect(
			page.locator(`head link[rel="alternate"][type="${type}"][href="${href}"]`),
		).toHaveCount(1);
	const rss = await (await request.get(paths.correctionsRss())).text();
	expect(rss.match(/<item>/g) ?? []).toHaveLength(expected.length);
	const atom = await (await request.get(paths.correctionsAtom())).text();
	expect(atom.match(/<entry>/g) ?? []).toHaveLength(expected.length);
});

test('each topic page lists exactly the claims that name it; the home page and the topic index link every topic', async ({
	page,
}) => {
	for (const topic of topics) {
		const listed = await listedAcrossPages(page, paths.topic(topic.id), '.claim-card h3 a');
		expect(listed).toEqual(
			newestFirst
				.filter((c) => c.data.topics.includes(topic.id))
				.map((c) => paths.claim(c.data.id)),
		);
	}
	for (const [where, scope] of [
		[paths.home(), page.getByRole('navigation', { name: t('topics.rowLabel') })],
		[paths.topics(), page.locator('.topic-list')],
	] as const) {
		await page.goto(where);
		for (const topic of topics)
			await expect(scope.locator(`a[href="${paths.topic(topic.id)}"]`)).toHaveCount(1);
	}
	// A claim page links the topics it names.
	const tagged = claims.find((c) => c.data.topics.length > 0);
	if (tagged) {
		await page.goto(paths.claim(tagged.data.id));
		const row = page.getByRole('navigation', { name: t('claim.topics') });
		await expect(row.getByRole('link')).toHaveCount(tagged.data.topics.length);
	}
});

test('on a 320 px screen every navigation item is in sight, and every source’s name on a claim page is whole @responsive', async ({
	page,
}) => {
	await page.setViewportSize({ width: 320, height: 700 });
	const nav = [
		t('nav.claims'),
		t('nav.sources'),
		t('nav.verdicts'),
		t('nav.methodology'),
		t('nav.about'),
		t('nav.search'),
	];
	// Home, and claim pages enough that every source that speaks to a claim shows its name on one.
	const speakingOn = (claim: (typeof claims)[number]) =>
		sources.filter((s) =>
			claim.data.sources.some((e) => e.source === s.id && e.stance !== 'not-mentioned'),
		);
	const cover: typeof claims = [];
	for (const source of sources) {
		const shown = cover.some((c) => speakingOn(c).includes(source));
		const claim = claims.find((c) => speakingOn(c).includes(source));
		if (!shown && claim) cover.push(claim);
	}
	for (const path of [paths.home(), ...cover.map((c) => paths.claim(c.data.id))]) {
		await page.goto(path);
		const site = page.getByRole('navigation', { name: t('site.nav') });
		for (const label of nav) {
			const link = site.getByRole('link', { name: label, exact: true });
			const box = (await link.boundingBox())!;
			expect(box.x, `${label} on ${path}`).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, `${label} on ${path}`).toBeLessThanOrEqual(320);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320,
		);
		if (path === paths.home()) continue;
		const names = page.locator('.stance-source');
		const labels = await names.allTextContents();
		const claim = cover.find((c) => paths.claim(c.data.id) === path)!;
		expect(labels.map((l) => l.trim()).sort()).toEqual(
			speakingOn(claim)
				.map((s) => s.data.label)
				.sort(),
		);
		for (const cut of await names.evaluateAll((nodes) =>
			nodes.map((n) => {
				const box = n.getBoundingClientRect();
				return { clipped: n.scrollWidth > n.clientWidth, right: box.right };
			}),
		)) {
			expect(cut.clipped).toBe(false);
			expect(cut.right).toBeLessThanOrEqual(320);
		}
	}
});

/**
 * A withdrawn or renamed check in a built site: its old address says it was withdrawn or leads
 * to the new one, and it is a claim nowhere else (listings, counts, feeds, search, sitemap, open
 * data, social cards); embeds pasted before keep working, saying so. A source's corrections log
 * shows on its page. Built from the reference fixture edition, which keeps one record of each
 * kind in content/records/ and one source with a correction.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { formatDay, t } from '../../src/edition/i18n.ts';
import { correctionEntries } from '../../src/lib/corrections.ts';
import { absoluteUrl, paths } from '../../src/edition/paths.ts';
import { getRating } from '../../src/edition/ratings.ts';
import { anchors } from '../../src/lib/paths.ts';
import { site as settings } from '../../src/edition/site.ts';
import { buildFixtureEdition, builtEdition } from '../fixture-build.ts';
import { checkLinks } from '../linkcheck.ts';
import { claims, records, sources } from '../site-content.ts';

const edition = 'reference';
const site = builtEdition(edition);
const withdrawn = records.find((r) => r.data.status === 'withdrawn')!;
const renamed = records.find((r) => r.data.status === 'renamed')!;
/** A built file, by its path under the base path. */
const read = (path: string) =>
	readFileSync(
		join(site, path.slice(paths.home().length), path.endsWith('/') ? 'index.html' : ''),
		'utf8',
	);
const text = (html: string) =>
	html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

before(() => {
	buildFixtureEdition(edition);
});

test('the reference edition keeps a withdrawn and a renamed check', () => {
	assert.ok(withdrawn && renamed);
});

test("a withdrawn check's address says when and why, with the claim, its former verdict and its log", () => {
	const html = read(paths.claim(withdrawn.id));
	const words = text(html);
	const closing = withdrawn.data.updates.at(-1)!;
	assert.match(html, /<h1[^>]*>[^<]*<\/h1>/);
	assert.ok(words.includes(t('record.withdrawnTitle')));
	assert.ok(words.includes(formatDay(closing.date)));
	assert.ok(words.includes(closing.note));
	assert.ok(words.includes(withdrawn.data.claim));
	assert.ok(words.includes(getRating(withdrawn.data.verdict).label));
	for (const [i, update] of withdrawn.data.updates.slice(0, -1).entries())
		assert.match(html, new RegExp(`id="${anchors.update(i + 1)}"`), update.note);
	assert.match(html, new RegExp(`id="${anchors.update(withdrawn.data.updates.length)}"`));
	assert.ok(!html.includes('ClaimReview'), 'no ClaimReview for a withdrawn check');
	assert.ok(!html.includes('data-pagefind-body'), 'not in the search index');
	assert.ok(
		html.includes(`<link rel="canonical" href="${absoluteUrl(paths.claim(withdrawn.id))}"`),
	);
});

test("a renamed check's old address is a redirect to the new one: meta refresh, canonical, a link, no script", () => {
	const html = read(paths.claim(renamed.id));
	const target = paths.claim(renamed.data.renamedTo!);
	assert.ok(html.includes(`<meta http-equiv="refresh" content="0;url=${target}"`), html);
	assert.ok(html.includes(`<link rel="canonical" href="${absoluteUrl(target)}"`));
	assert.ok(html.includes(`<a href="${target}">`));
	assert.ok(html.includes('<meta name="robots" content="noindex"'));
	assert.ok(!/<script/.test(html));
	assert.ok(text(html).includes(t('record.movedText')));
});

test('a record is a claim nowhere else: listings, feeds, sitemap, search, open data, social cards', () => {
	const pages = [
		paths.home(),
		paths.sources(),
		paths.verdicts(),
		paths.verdict(withdrawn.data.verdict),
		paths.claimants(),
	].map(read);
	const feeds = [paths.rss(), paths.atom(), paths.jsonFeed()].map(read);
	const sitemap = readdirSync(site)
		.filter((name) => name.startsWith('sitemap'))
		.map((name) => readFileSync(join(site, name), 'utf8'))
		.join('\n');
	const search = readdirSync(join(site, 'pagefind', 'fragment'))
		.map((name) => gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', name))).toString())
		.join('\n');
	const data = JSON.parse(read(paths.dataAll())) as {
		claims: { id: string }[];
		records: { id: string }[];
	};
	assert.deepEqual(data.claims.map((c) => c.id).sort(), claims.map((c) => c.id).sort());
	assert.deepEqual(
		data.records.map((r) => r.id),
		records.map((r) => r.id),
	);
	for (const { id } of records) {
		const address = paths.claim(id);
		for (const html of [
			...pages,
			...feeds,
			sitemap,
			search,
			read(paths.dataCsv()),
			read(paths.dataFeed()),
		])
			assert.ok(!html.includes(address), `${address} is listed somewhere claims are`);
		for (const path of [paths.socialImage(id), paths.dataClaim(id)])
			assert.ok(!existsSync(join(site, path.slice(paths.home().length))), `${path} exists`);
	}
});

test('the corrections page lists the withdrawal and the rename, and every entry of the withdrawn check', () => {
	const expected = correctionEntries(claims, records);
	const listed = readdirSync(join(site, 'corrections'))
		.filter((name) => name === 'index.html')
		.map((name) => readFileSync(join(site, 'corrections', name), 'utf8'))
		.join('');
	const shown = [...listed.matchAll(/<h3[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]);
	assert.deepEqual(
		shown,
		expected
			.slice(0, 50)
			.map((e) =>
				e.position > 0
					? `${paths.claim(e.claimId)}#${anchors.update(e.position)}`
					: paths.claim(e.claimId),
			),
	);
	assert.ok(listed.includes(t('corrections.kind.withdrawn')));
	assert.ok(listed.includes(t('corrections.kind.renamed')));
	assert.ok(listed.includes(t('corrections.kind.published')));
});

test('every link in the built edition leads somewhere', () => {
	assert.deepEqual(checkLinks(site, paths.home()).problems, []);
});

test("a withdrawn check's pasted card, oEmbed and badge say it was withdrawn, when and why, and link to its page", () => {
	const closing = withdrawn.data.updates.at(-1)!;
	const card = read(paths.embed(withdrawn.id));
	const words = text(card);
	assert.ok(words.includes(withdrawn.data.claim));
	assert.ok(words.includes(t('record.withdrawnEyebrow')));
	assert.ok(words.includes(formatDay(closing.date)));
	assert.ok(words.includes(closing.note));
	assert.ok(card.includes(`href="${paths.claim(withdrawn.id)}"`));
	assert.ok(words.includes(t('embed.withdrawnLink')));
	assert.ok(!words.includes(getRating(withdrawn.data.verdict).label), 'no verdict on the card');
	const oembed = JSON.parse(read(paths.oembed(withdrawn.id))) as { title: string; html: string };
	assert.equal(oembed.title, `${t('record.withdrawnTitle')}: ${withdrawn.data.claim}`);
	assert.ok(oembed.html.includes(`src="${absoluteUrl(paths.embed(withdrawn.id))}"`));
	const badge = read(paths.badge(withdrawn.id));
	assert.ok(badge.startsWith('<svg'));
	assert.ok(
		badge.includes(t('badge.title', { site: settings.name, verdict: t('badge.withdrawn') })),
	);
});

test("a renamed check's pasted card, oEmbed and badge are the new check's", () => {
	const to = renamed.data.renamedTo!;
	assert.equal(read(paths.embed(renamed.id)), read(paths.embed(to)));
	assert.equal(read(paths.oembed(renamed.id)), read(paths.oembed(to)));
	assert.equal(read(paths.badge(renamed.id)), read(paths.badge(to)));
});

test("a corrected source's page lists its corrections, dated, and where the earlier text is kept", () => {
	const source = sources.find((s) => s.data.corrections.length > 0)!;
	assert.ok(source, 'the reference edition keeps a source with a correction');
	const html = read(paths.source(source.id));
	const words = text(html);
	assert.ok(words.includes(t('source.correctionsHeading')));
	for (const correction of source.data.corrections) {
		assert.ok(html.includes(`<time datetime="${correction.date}"`));
		assert.ok(words.includes(formatDay(correction.date)));
		assert.ok(words.includes(correction.note));
	}
	// The reference edition is a demonstration whose repository address is a placeholder: no link to it.
	assert.ok(words.includes(t('source.earlierText')));
	const uncorrected = sources.find((s) => s.data.corrections.length === 0)!;
	assert.ok(!text(read(paths.source(uncorrected.id))).includes(t('source.correctionsHeading')));
});

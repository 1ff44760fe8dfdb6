import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctionEntries, type RecordEntry } from '../../src/lib/corrections.ts';
import { atom, correctionFeedEntries, correctionsChannel, rss } from '../../src/lib/feeds.ts';
import { anchors } from '../../src/lib/paths.ts';
import { absoluteUrl, paths } from '../../src/edition/paths.ts';
import { getRating, ratingIds } from '../../src/edition/ratings.ts';
import type { ClaimData, RecordData } from '../../src/lib/schema.ts';
import { t } from '../../src/edition/i18n.ts';
import { claims } from '../site-content.ts';
import { edition } from '../../src/edition/context.ts';

const base = claims[0]!;
const claim = (id: string, verdict: ClaimData['verdict'], updates: ClaimData['updates']) => ({
	id,
	data: { ...base.data, id, verdict, updates },
});

/** Three verdicts of the edition's scale (a scale of two rates back to the first). */
const [first, second, third = first] = ratingIds as [string, string, ...string[]];

/** Rated first at first, then second, then third: two verdict changes and one plain update. */
const changed = claim('changed-twice', third, [
	{ date: '2026-01-01', note: 'First published.' },
	{ date: '2026-01-03', note: 'New figures.', verdict: first },
	{ date: '2026-01-05', note: 'Typo fixed.' },
	{ date: '2026-01-09', note: 'Agency revised its count.', verdict: second },
]);
const plain = claim('never-changed', first, [{ date: '2026-01-02', note: 'First published.' }]);
const sameDay = claim('a-same-day', first, [
	{ date: '2026-01-01', note: 'First published.' },
	{ date: '2026-01-05', note: 'Link repaired.' },
]);

test("every update entry is listed, newest first; each check's first entry as its publication", () => {
	const entries = correctionEntries([plain, changed, sameDay]);
	assert.deepEqual(
		entries.map((e) => [e.date, e.claimId, e.position, e.kind]),
		[
			['2026-01-09', 'changed-twice', 4, 'update'],
			['2026-01-05', 'a-same-day', 2, 'update'],
			['2026-01-05', 'changed-twice', 3, 'update'],
			['2026-01-03', 'changed-twice', 2, 'update'],
			['2026-01-02', 'never-changed', 1, 'published'],
			['2026-01-01', 'a-same-day', 1, 'published'],
			['2026-01-01', 'changed-twice', 1, 'published'],
		],
	);
	const total = [plain, changed, sameDay].reduce((sum, c) => sum + c.data.updates.length, 0);
	assert.equal(entries.length, total, 'one entry per update entry');
});

test('a verdict change reads from the rating before it to the one it gave; a publication changes nothing', () => {
	const entries = correctionEntries([changed]);
	assert.deepEqual(
		entries.map((e) => e.verdictChange),
		[{ from: second, to: third }, undefined, { from: first, to: second }, undefined],
	);
});

const record = (
	id: string,
	status: RecordData['status'],
	updates: RecordData['updates'],
	renamedTo?: string,
): RecordEntry => ({
	id,
	data: {
		id,
		status,
		renamedTo,
		claim: `The claim once at ${id}.`,
		verdict: third,
		published: updates[0]!.date,
		updates,
	},
});

test('a withdrawn check keeps its log in, closed by its withdrawal; a renamed one is an entry under its new id', () => {
	const entries = correctionEntries(
		[changed],
		[
			record('gone', 'withdrawn', [
				{ date: '2026-01-02', note: 'First published.' },
				{ date: '2026-01-04', note: 'New figures.', verdict: second },
				{ date: '2026-01-06', note: 'Duplicate of another check.' },
			]),
			record(
				'old-id',
				'renamed',
				[
					{ date: '2026-01-01', note: 'First published.' },
					{ date: '2026-01-10', note: 'Clearer id.' },
				],
				'new-id',
			),
		],
	);
	assert.deepEqual(
		entries.map((e) => [e.kind, e.claimId, e.position]),
		[
			['renamed', 'new-id', 0],
			['update', 'changed-twice', 4],
			['withdrawn', 'gone', 3],
			['update', 'changed-twice', 3],
			['update', 'gone', 2],
			['update', 'changed-twice', 2],
			['published', 'gone', 1],
			['published', 'changed-twice', 1],
		],
	);
	assert.deepEqual(entries.find((e) => e.claimId === 'gone' && e.position === 2)?.verdictChange, {
		from: second,
		to: third,
	});
	const feed = correctionFeedEntries(entries, edition);
	assert.equal(feed[0]!.url, absoluteUrl(paths.claim('new-id')));
	assert.equal(
		feed[0]!.title,
		t('corrections.entryTitleRenamed', { claim: 'The claim once at old-id.' }),
	);
	assert.equal(
		feed[2]!.url,
		`${absoluteUrl(paths.claim('gone'))}#${anchors.update(3)}`,
		"a withdrawn check's address says it was withdrawn",
	);
	assert.equal(
		feed[2]!.title,
		t('corrections.entryTitleWithdrawn', { claim: 'The claim once at gone.' }),
	);
	assert.equal(new Set(feed.map((e) => e.id)).size, feed.length, 'every entry has its own id');
});

test('the corrections feeds name each change, link its log entry, and describe themselves', () => {
	const feed = correctionFeedEntries(correctionEntries([changed]), edition);
	assert.equal(
		feed[0]!.title,
		t('corrections.entryTitleVerdict', {
			from: getRating(second).label,
			to: getRating(third).label,
			claim: changed.data.claim,
		}),
	);
	assert.equal(feed[1]!.title, t('corrections.entryTitle', { claim: changed.data.claim }));
	assert.equal(feed[3]!.title, t('corrections.entryTitlePublished', { claim: changed.data.claim }));
	assert.equal(feed[3]!.url, `${absoluteUrl(paths.claim('changed-twice'))}#${anchors.update(1)}`);
	assert.equal(feed[0]!.url, `${absoluteUrl(paths.claim('changed-twice'))}#${anchors.update(4)}`);
	assert.equal(feed[0]!.summary, 'Agency revised its count.');
	const channel = correctionsChannel(absoluteUrl(paths.correctionsRss()), edition);
	const xml = rss(feed, edition, channel);
	assert.ok(xml.includes(`<atom:link href="${absoluteUrl(paths.correctionsRss())}" rel="self"`));
	assert.equal(xml.match(/<item>/g)?.length, 4);
	const atomXml = atom(
		feed,
		edition,
		correctionsChannel(absoluteUrl(paths.correctionsAtom()), edition),
	);
	assert.ok(
		atomXml.includes(
			`<link rel="alternate" type="text/html" href="${absoluteUrl(paths.corrections())}"/>`,
		),
	);
	assert.equal(atomXml.match(/<entry>/g)?.length, 4);
});

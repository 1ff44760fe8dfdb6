import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctionEntries } from '../../src/lib/corrections.ts';
import { atom, correctionFeedEntries, correctionsChannel, rss } from '../../src/lib/feeds.ts';
import { anchors } from '../../src/lib/paths.ts';
import { absoluteUrl, paths } from '../../src/edition/paths.ts';
import { getRating } from '../../src/edition/ratings.ts';
import type { ClaimData } from '../../src/lib/schema.ts';
import { t } from '../../src/edition/i18n.ts';
import { claims } from '../site-content.ts';
import { edition } from '../../src/edition/context.ts';

const base = claims[0]!;
const claim = (id: string, verdict: ClaimData['verdict'], updates: ClaimData['updates']) => ({
	id,
	data: { ...base.data, id, verdict, updates },
});

/** Rated mixed at first, then false, then mostly false: two verdict changes and one plain update. */
const changed = claim('changed-twice', 'mostly-false', [
	{ date: '2026-01-01', note: 'First published.' },
	{ date: '2026-01-03', note: 'New figures.', verdict: 'mixed' },
	{ date: '2026-01-05', note: 'Typo fixed.' },
	{ date: '2026-01-09', note: 'Agency revised its count.', verdict: 'false' },
]);
const plain = claim('never-changed', 'true', [{ date: '2026-01-02', note: 'First published.' }]);
const sameDay = claim('a-same-day', 'true', [
	{ date: '2026-01-01', note: 'First published.' },
	{ date: '2026-01-05', note: 'Link repaired.' },
]);

test('every update after first publication is listed, newest first; first publication is not a change', () => {
	const entries = correctionEntries([plain, changed, sameDay]);
	assert.deepEqual(
		entries.map((e) => [e.date, e.claimId, e.position]),
		[
			['2026-01-09', 'changed-twice', 4],
			['2026-01-05', 'a-same-day', 2],
			['2026-01-05', 'changed-twice', 3],
			['2026-01-03', 'changed-twice', 2],
		],
	);
	assert.ok(entries.every((e) => e.kind === 'update'));
});

test('a verdict change reads from the rating before it to the one it gave', () => {
	const entries = correctionEntries([changed]);
	assert.deepEqual(
		entries.map((e) => e.verdictChange),
		[{ from: 'false', to: 'mostly-false' }, undefined, { from: 'mixed', to: 'false' }],
	);
});

test('withdrawn and renamed checks slot into the log by date, a renamed one under its new id', () => {
	const entries = correctionEntries(
		[changed],
		[
			{
				kind: 'withdrawn',
				claimId: 'gone',
				claim: 'A gone claim.',
				date: '2026-01-06',
				note: 'Duplicate.',
			},
			{
				kind: 'renamed',
				claimId: 'old-id',
				renamedTo: 'new-id',
				claim: 'A moved claim.',
				date: '2026-01-10',
				note: 'Clearer id.',
			},
		],
	);
	assert.deepEqual(
		entries.map((e) => [e.kind, e.claimId]),
		[
			['renamed', 'new-id'],
			['update', 'changed-twice'],
			['withdrawn', 'gone'],
			['update', 'changed-twice'],
			['update', 'changed-twice'],
		],
	);
	const feed = correctionFeedEntries(entries, edition);
	assert.equal(feed[0]!.url, absoluteUrl(paths.claim('new-id')));
	assert.equal(feed[2]!.url, absoluteUrl(paths.corrections()), 'a withdrawn check has no page');
	assert.equal(new Set(feed.map((e) => e.id)).size, feed.length, 'every entry has its own id');
});

test('the corrections feeds name each change, link its log entry, and describe themselves', () => {
	const feed = correctionFeedEntries(correctionEntries([changed]), edition);
	assert.equal(
		feed[0]!.title,
		t('corrections.entryTitleVerdict', {
			from: getRating('false').label,
			to: getRating('mostly-false').label,
			claim: changed.data.claim,
		}),
	);
	assert.equal(feed[1]!.title, t('corrections.entryTitle', { claim: changed.data.claim }));
	assert.equal(feed[0]!.url, `${absoluteUrl(paths.claim('changed-twice'))}#${anchors.update(4)}`);
	assert.equal(feed[0]!.summary, 'Agency revised its count.');
	const channel = correctionsChannel(absoluteUrl(paths.correctionsRss()), edition);
	const xml = rss(feed, edition, channel);
	assert.ok(xml.includes(`<atom:link href="${absoluteUrl(paths.correctionsRss())}" rel="self"`));
	assert.equal(xml.match(/<item>/g)?.length, 3);
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
	assert.equal(atomXml.match(/<entry>/g)?.length, 3);
});

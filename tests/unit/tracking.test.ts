import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evidenceSchema } from '../../src/lib/schema.ts';
import { isTrackingParam, trackingParams, withoutTracking } from '../../src/lib/tracking.ts';

test('utm_* in any case and the click and mailing ids are tracking parameters; page parameters are not', () => {
	for (const name of ['utm_source', 'UTM_Campaign', 'utm_x', 'fbclid', 'gclid', 'mc_eid'])
		assert.ok(isTrackingParam(name), name);
	for (const name of ['id', 'page', 'q', 'utm', 'story_fbid', 'os'])
		assert.ok(!isTrackingParam(name), name);
});

test('the clean address keeps the page parameters and the fragment, and drops only the tracking ones', () => {
	const address = 'https://news.example/a?id=7&utm_source=x&fbclid=y#part';
	assert.deepEqual(trackingParams(address), ['utm_source', 'fbclid']);
	assert.equal(withoutTracking(address), 'https://news.example/a?id=7#part');
	assert.equal(
		withoutTracking('https://news.example/a?utm_medium=email'),
		'https://news.example/a',
	);
	assert.deepEqual(trackingParams('not a url'), []);
});

test('the schema refuses a tracked evidence or archive link, and its message gives the clean address', () => {
	const item = {
		title: 'A report',
		publisher: 'A wire',
		url: 'https://wire.example/report?utm_campaign=share',
		archived: 'https://web.archive.org/web/2026/https://wire.example/report?gclid=1',
	};
	const result = evidenceSchema.safeParse(item);
	assert.equal(result.success, false);
	const messages = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	assert.deepEqual(messages, [
		'url: must not carry tracking parameters (utm_campaign): cite the page as https://wire.example/report',
		'archived: must not carry tracking parameters (gclid): cite the page as https://web.archive.org/web/2026/https://wire.example/report',
	]);
	assert.ok(
		evidenceSchema.safeParse({ ...item, url: 'https://wire.example/report', archived: undefined })
			.success,
	);
});

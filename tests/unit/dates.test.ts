import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRealDay, toIsoDay } from '../../src/lib/dates.ts';
import { formatDay } from '../../src/edition/i18n.ts';

test('isRealDay accepts real days and rejects impossible or malformed ones', () => {
	assert.ok(isRealDay('2024-02-29'));
	assert.ok(!isRealDay('2025-02-29'));
	assert.ok(!isRealDay('2026-13-01'));
	assert.ok(!isRealDay('2026-1-9'));
	assert.ok(!isRealDay('January 9, 2026'));
});

test('toIsoDay turns YAML dates back into YYYY-MM-DD and leaves other values alone', () => {
	assert.equal(toIsoDay(new Date('2026-01-09T00:00:00Z')), '2026-01-09');
	assert.equal(toIsoDay('2026-01-09'), '2026-01-09');
	assert.equal(toIsoDay(42), 42);
});

test('formatDay writes the day in words, in UTC', () => {
	assert.equal(formatDay('2026-01-09'), 'January 9, 2026');
});

import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { isRealDay, today, toIsoDay } from '../../src/lib/dates.ts';
import { formatDay } from '../../src/edition/i18n.ts';

test('isRealDay accepts real days and rejects impossible or malformed ones', () => {
	assert.ok(isRealDay('2024-02-29'));
	assert.ok(!isRealDay('2025-02-29'));
	assert.ok(!isRealDay('2026-13-01'));
	assert.ok(!isRealDay('2026-1-9'));
	assert.ok(!isRealDay('January 9, 2026'));
});

test('isRealDay agrees with the Gregorian calendar, leap years and all', () => {
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	for (const year of [0, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9999])
		for (let month = 0; month <= 13; month++)
			for (let day = 0; day <= 32; day++) {
				const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
				const date = new Date(0);
				date.setUTCFullYear(year, month - 1, day);
				const real = month >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
				assert.equal(isRealDay(value), real, value);
			}
});

test('today is the UTC day, and turns at midnight UTC', (t) => {
	t.after(() => mock.timers.reset());
	mock.timers.enable({ apis: ['Date'], now: Date.parse('2026-03-14T23:59:59.000Z') });
	assert.equal(today(), '2026-03-14');
	mock.timers.tick(999);
	assert.equal(today(), '2026-03-14');
	mock.timers.tick(1);
	assert.equal(today(), '2026-03-15');
	mock.timers.setTime(Date.parse('2026-01-01T12:00:00.000Z'));
	assert.equal(today(), '2026-01-01');
});

test('toIsoDay turns YAML dates back into YYYY-MM-DD and leaves other values alone', () => {
	assert.equal(toIsoDay(new Date('2026-01-09T00:00:00Z')), '2026-01-09');
	assert.equal(toIsoDay('2026-01-09'), '2026-01-09');
	assert.equal(toIsoDay(42), 42);
});

test('formatDay writes the day in words, in UTC', () => {
	assert.equal(formatDay('2026-01-09'), 'January 9, 2026');
});

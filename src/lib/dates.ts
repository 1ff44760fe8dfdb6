/** Dates in content files are calendar days, written YYYY-MM-DD and kept as such strings. */
const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is YYYY-MM-DD and names a day that exists (no 2026-02-30). */
export function isRealDay(value: string): boolean {
	const match = isoDayPattern.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	// Date.UTC reads years 0 to 99 as 1900 to 1999: set the full year on its own.
	const date = new Date(0);
	date.setUTCFullYear(y, m - 1, d);
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today as YYYY-MM-DD in UTC. */
export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** YAML parsers differ: some turn an unquoted 2026-01-09 into a Date. Bring both back to YYYY-MM-DD. */
export function toIsoDay(value: unknown): unknown {
	return value instanceof Date && !Number.isNaN(value.getTime())
		? value.toISOString().slice(0, 10)
		: value;
}

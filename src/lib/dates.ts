/** Dates in content files are calendar days, written YYYY-MM-DD and kept as such strings. */
const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** True when `value` is YYYY-MM-DD and names a day that exists (no 2026-02-30), in the Gregorian calendar. */
export function isRealDay(value: string): boolean {
	const match = isoDayPattern.exec(value);
	if (!match) return false;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= (month === 2 && isLeapYear(year) ? 29 : (daysInMonth[month - 1] as number));
}

/** The day today() last gave, from its first moment to its last (the validator asks for every date it checks). */
let current = { day: '', starts: 0, ends: 0 };

/** Today as YYYY-MM-DD in UTC. */
export function today(): string {
	const now = Date.now();
	// A clock set back (or forward) leaves the day too.
	if (now < current.starts || now >= current.ends) {
		const day = new Date(now).toISOString().slice(0, 10);
		const starts = Date.parse(day);
		current = { day, starts, ends: starts + 86_400_000 };
	}
	return current.day;
}

/** YAML parsers differ: some turn an unquoted 2026-01-09 into a Date. Bring both back to YYYY-MM-DD. */
export function toIsoDay(value: unknown): unknown {
	return value instanceof Date && !Number.isNaN(value.getTime())
		? value.toISOString().slice(0, 10)
		: value;
}

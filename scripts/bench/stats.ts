/** Small numeric helpers for the benchmark report. */

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (value: number, digits = 2): number =>
	Number.isFinite(value) ? Number(value.toFixed(digits)) : value;

export const mib = (kib: number): number => round(kib / 1024, 0);

export const kb = (bytes: number): number => round(bytes / 1024, 1);

/** Right-aligned columns; the first column, and any listed in `left`, left-aligned. */
export function table(
	rows: readonly (readonly (string | number)[])[],
	left: readonly number[] = [],
): string {
	const cells = rows.map((row) => row.map((cell) => String(cell)));
	const widths = cells.reduce<number[]>(
		(w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
		[],
	);
	return cells
		.map((row) =>
			row
				.map((cell, i) =>
					i === 0 || left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
				)
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

/** Seconds since `start` (a `performance.now()` reading), for a build's log: "2.3 s". */
export function elapsed(start: number): string {
	return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

/**
 * Preloaded into measured Node processes (node --import): on exit, writes the process's peak
 * resident set size, as the kernel tracked it (getrusage ru_maxrss, KiB), and its CPU time
 * to $BENCH_RSS_DIR/<pid>.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_RSS_DIR;
if (dir) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		const report = { pid: process.pid, maxRssKiB: usage.maxRSS, userSeconds: usage.userCPUTime / 1e6, systemSeconds: usage.systemCPUTime / 1e6 };
		writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(report));
	});
}

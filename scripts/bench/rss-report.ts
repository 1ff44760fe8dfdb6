/**
 * Preloaded into measured Node processes (node --import): on exit, writes the process's peak
 * resident set size, as the kernel tracked it (getrusage ru_maxrss, KiB), and its CPU time
 * to $BENCH_RSS_DIR/<pid>.json. Worker threads inherit the preload; only the main thread reports
 * (the figures are the whole process's either way).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const dir = process.env.BENCH_RSS_DIR;
if (dir && isMainThread) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		const report = {
			pid: process.pid,
			maxRssKiB: usage.maxRSS,
			userSeconds: usage.userCPUTime / 1e6,
			systemSeconds: usage.systemCPUTime / 1e6,
		};
		writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(report));
	});
}

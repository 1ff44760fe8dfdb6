/**
 * Running a measured command: wall time from spawn to exit, and peak memory two ways.
 *
 * - `selfMaxRssKiB`: the Node process's own high-water mark from getrusage (ru_maxrss), written
 *   on exit by rss-report.ts. Exact, but blind to helper processes (esbuild, pagefind, ...).
 * - `treePeakKiB`: the largest sum of RSS over the whole process group, sampled from /proc
 *   every 100 ms. Sees every helper process, but can miss a spike shorter than a sample.
 *
 * `peakRssKiB` is the larger of the two: the best lower bound on the true peak of the whole build.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rssReporter = fileURLToPath(new URL('./rss-report.ts', import.meta.url));
const pageKiB = 4;

export interface Measured {
	readonly ok: boolean;
	readonly exitCode: number | null;
	readonly signal: string | null;
	readonly wallSeconds: number;
	readonly selfMaxRssKiB: number | null;
	readonly treePeakKiB: number;
	readonly peakRssKiB: number;
	/** At the sampled peak: RSS (KiB) by command name, e.g. node and a helper binary. */
	readonly atPeakKiB: Record<string, number>;
	readonly cpuSeconds: number | null;
	readonly log: string;
}

export interface RunOptions {
	readonly cwd: string;
	/** Where stdout and stderr go. */
	readonly log: string;
	readonly env?: Record<string, string>;
	/** Node flags before the script, e.g. --cpu-prof. */
	readonly nodeFlags?: readonly string[];
	readonly timeoutMs?: number;
}

/** RSS (KiB) of every process in process group `pgid`, from /proc: the sum, and by command name. */
function groupRss(pgid: number): { total: number; byName: Record<string, number> } {
	let total = 0;
	const byName: Record<string, number> = {};
	let entries: string[];
	try {
		entries = readdirSync('/proc');
	} catch {
		return { total, byName };
	}
	for (const name of entries) {
		if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'latin1');
		} catch {
			continue;
		}
		const close = stat.lastIndexOf(')');
		const fields = stat.slice(close + 2).split(' ');
		if (Number(fields[2]) !== pgid) continue;
		const rss = Number(fields[21]) * pageKiB;
		const command = stat.slice(stat.indexOf('(') + 1, close);
		total += rss;
		byName[command] = (byName[command] ?? 0) + rss;
	}
	return { total, byName };
}

/** Samples a process group's memory until stopped; `peak` is the largest sum seen, `atPeak` its parts by command. */
export class GroupSampler {
	peak = 0;
	atPeak: Record<string, number> = {};
	readonly #timer: NodeJS.Timeout;

	constructor(pgid: number, intervalMs = 100) {
		this.#timer = setInterval(() => {
			const { total, byName } = groupRss(pgid);
			if (total > this.peak) {
				this.peak = total;
				this.atPeak = byName;
			}
		}, intervalMs);
	}

	stop(): number {
		clearInterval(this.#timer);
		return this.peak;
	}
}

/** Kill a process group we started: SIGTERM, then SIGKILL if it lingers. */
export async function killGroup(pgid: number, graceMs = 5000): Promise<void> {
	const alive = () => {
		try {
			process.kill(-pgid, 0);
			return true;
		} catch {
			return false;
		}
	};
	if (!alive()) return;
	try {
		process.kill(-pgid, 'SIGTERM');
	} catch {
		return;
	}
	const until = Date.now() + graceMs;
	while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
	if (alive()) {
		try {
			process.kill(-pgid, 'SIGKILL');
		} catch {
			// gone
		}
	}
}

/** Run a Node script (with the same Node as this one) and measure it. */
export async function runNode(
	script: string,
	args: readonly string[],
	options: RunOptions,
): Promise<Measured> {
	const rssDir = `${options.log}.rss`;
	mkdirSync(rssDir, { recursive: true });
	const out = openSync(options.log, 'w');
	const started = performance.now();
	const child = spawn(
		process.execPath,
		[...(options.nodeFlags ?? []), '--import', rssReporter, script, ...args],
		{
			cwd: options.cwd,
			env: { ...process.env, ...options.env, BENCH_RSS_DIR: rssDir },
			stdio: ['ignore', out, out],
			detached: true,
		},
	);
	closeSync(out);
	const pid = child.pid;
	if (pid === undefined) throw new Error(`could not start ${script}`);
	const sampler = new GroupSampler(pid);
	const timer = options.timeoutMs ? setTimeout(() => void killGroup(pid), options.timeoutMs) : null;
	const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>(
		(resolve) => child.on('exit', (c, s) => resolve({ code: c, signal: s })),
	);
	const wallSeconds = (performance.now() - started) / 1000;
	if (timer) clearTimeout(timer);
	const treePeakKiB = sampler.stop();
	await killGroup(pid, 1000); // helpers a finished build left behind
	const reportFile = join(rssDir, `${pid}.json`);
	const report = existsSync(reportFile)
		? (JSON.parse(readFileSync(reportFile, 'utf8')) as {
				maxRssKiB: number;
				userSeconds: number;
				systemSeconds: number;
			})
		: null;
	const selfMaxRssKiB = report?.maxRssKiB ?? null;
	return {
		ok: code === 0,
		exitCode: code,
		signal,
		wallSeconds,
		selfMaxRssKiB,
		treePeakKiB,
		peakRssKiB: Math.max(selfMaxRssKiB ?? 0, treePeakKiB),
		atPeakKiB: sampler.atPeak,
		cpuSeconds: report ? report.userSeconds + report.systemSeconds : null,
		log: options.log,
	};
}

/** The last `lines` lines of a log, for error reports. */
export function logTail(file: string, lines = 25): string {
	try {
		return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

/**
 * Summaries of V8 CPU profiles (node --cpu-prof): self time by function and by module, where
 * a module is a package in node_modules, a file of the site, a Node internal, or V8's own
 * (garbage collector), (program) and (idle).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
}

interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

interface ProfileEntry {
	readonly name: string;
	readonly seconds: number;
	readonly share: number;
}

export interface ProfileSummary {
	readonly files: number;
	readonly seconds: number;
	readonly byModule: ProfileEntry[];
	readonly byFunction: ProfileEntry[];
	/** Inclusive (self + callees) time of chosen functions and of the site's own functions: what they cost in total. */
	readonly inclusive: ProfileEntry[];
}

/** Where a function lives, in a few words: a package, a site file, node:internal, or V8. */
export function moduleOf(url: string, functionName: string, projectRoot = ''): string {
	if (!url) return functionName.startsWith('(') ? functionName : '(native)';
	const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
	const inModules = path.lastIndexOf('/node_modules/');
	if (inModules >= 0) {
		const parts = path.slice(inModules + '/node_modules/'.length).split('/');
		return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? path);
	}
	if (path.startsWith('node:')) return 'node:internal';
	if (projectRoot && path.startsWith(projectRoot)) {
		const rel = path.slice(projectRoot.length).replace(/^\//, '');
		return rel.startsWith('dist/') || rel.includes('.prerender')
			? `site bundle: ${rel.replace(/[-_.][A-Za-z0-9_-]{8}(?=\.m?js$)/, '')}`
			: `site: ${rel}`;
	}
	return path;
}

/** Summarize every .cpuprofile in `dir`. `inclusiveOf` lists function names (besides the site's own) whose total time to report. */
export function summarizeProfiles(
	dir: string,
	projectRoot = '',
	top = 25,
	inclusiveOf: readonly string[] = [],
): ProfileSummary {
	const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
	const byModule = new Map<string, number>();
	const byFunction = new Map<string, number>();
	const inclusive = new Map<string, number>();
	let total = 0;
	for (const file of files) {
		const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
		const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
		const parent = new Map<number, number>();
		for (const node of profile.nodes)
			for (const child of node.children ?? []) parent.set(child, node.id);
		const selfMicros = new Map<number, number>();
		profile.samples.forEach((id, i) =>
			selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
		);
		for (const [id, micros] of selfMicros) {
			const node = nodes.get(id);
			if (!node) continue;
			const seconds = micros / 1e6;
			total += seconds;
			const { functionName, url, lineNumber } = node.callFrame;
			const module = moduleOf(url, functionName, projectRoot);
			byModule.set(module, (byModule.get(module) ?? 0) + seconds);
			const name = `${functionName || '(anonymous)'} ${module}${url ? `:${lineNumber + 1}` : ''}`;
			byFunction.set(name, (byFunction.get(name) ?? 0) + seconds);
			// Inclusive time: count the sample once for each chosen function, and each function of the
			// site's own code, on its stack.
			const seen = new Set<string>();
			for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
				const frame = nodes.get(at)?.callFrame;
				if (!frame) continue;
				const where = moduleOf(frame.url, frame.functionName, projectRoot);
				const key = inclusiveOf.includes(frame.functionName)
					? frame.functionName
					: where.startsWith('site') && frame.functionName
						? `${frame.functionName} ${where}`
						: null;
				if (key && !seen.has(key)) {
					seen.add(key);
					inclusive.set(key, (inclusive.get(key) ?? 0) + seconds);
				}
			}
		}
	}
	const ranked = (map: Map<string, number>, limit: number) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, limit)
			.map(([name, seconds]) => ({
				name,
				seconds: round(seconds),
				share: round(total ? seconds / total : 0, 3),
			}));
	return {
		files: files.length,
		seconds: round(total),
		byModule: ranked(byModule, top),
		byFunction: ranked(byFunction, top),
		inclusive: ranked(inclusive, top),
	};
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

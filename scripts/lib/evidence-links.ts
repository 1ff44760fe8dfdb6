/**
 * The weekly evidence-link check: every evidence address in the claim files, original and
 * archived copy, is requested once, and the ones that are gone are listed with the checks that
 * cite them. Run by scripts/check-evidence-links.ts (and .github/workflows/evidence-links.yml).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import matter from 'gray-matter';

/** One evidence address and where it is cited. */
export interface CitedLink {
	readonly url: string;
	/** Each place it is cited: "content/claims/<id>.md evidence[2].url". */
	readonly citedAt: readonly string[];
}

/** How a link answered: `ok` (a 2xx or 3xx answer), `dead` (404 or 410, or no such host or server), or `unsure` (any other error status, a timeout, a refusal to bots). */
type LinkState = 'ok' | 'dead' | 'unsure';

export interface LinkResult extends CitedLink {
	readonly state: LinkState;
	/** The HTTP status, or the network error's code or message. */
	readonly detail: string;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;

/** Every evidence `url` and `archived` address in the claim files of a folder, each once, in order of first citation. */
export async function collectEvidenceLinks(claimsDir: string): Promise<CitedLink[]> {
	const files = (await readdir(claimsDir)).filter((name) => name.endsWith('.md')).sort();
	const links = new Map<string, string[]>();
	for (const name of files) {
		const file = join(claimsDir, name);
		const { data } = matter(await readFile(file, 'utf8'));
		const evidence = Array.isArray(data['evidence']) ? (data['evidence'] as unknown[]) : [];
		evidence.forEach((entry, index) => {
			const item = asRecord(entry);
			for (const field of ['url', 'archived'] as const) {
				const url = item?.[field];
				if (typeof url !== 'string') continue;
				const places = links.get(url) ?? [];
				places.push(`${file} evidence[${index}].${field}`);
				links.set(url, places);
			}
		});
	}
	return [...links].map(([url, citedAt]) => ({ url, citedAt }));
}

/** Statuses that say the page is gone, not merely unwilling to answer a robot. */
const goneStatuses = new Set([404, 410]);
/** Network errors that say there is no server to answer. */
const goneErrors = new Set(['ENOTFOUND', 'ECONNREFUSED', 'EAI_AGAIN']);

const errorCode = (error: unknown): string => {
	const cause = asRecord(asRecord(error)?.['cause']);
	const code = cause?.['code'] ?? asRecord(error)?.['code'];
	if (typeof code === 'string') return code;
	return error instanceof Error ? error.message : String(error);
};

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number) {
	const response = await fetch(url, {
		method,
		redirect: 'follow',
		signal: AbortSignal.timeout(timeoutMs),
		headers: { 'user-agent': 'Crosscheck evidence-link check (weekly; one request per link)' },
	});
	await response.body?.cancel();
	return response.status;
}

/** Ask one address: HEAD first, then GET where the server does not answer HEAD properly. */
export async function checkLink(
	url: string,
	timeoutMs: number,
): Promise<Omit<LinkResult, 'citedAt'>> {
	try {
		let status = await request(url, 'HEAD', timeoutMs);
		if (status >= 400) status = await request(url, 'GET', timeoutMs);
		const state: LinkState = status < 400 ? 'ok' : goneStatuses.has(status) ? 'dead' : 'unsure';
		return { url, state, detail: String(status) };
	} catch (error) {
		const code = errorCode(error);
		return { url, state: goneErrors.has(code) ? 'dead' : 'unsure', detail: code };
	}
}

/** Check every link, a few at a time. */
export async function checkLinks(
	links: readonly CitedLink[],
	{ concurrency = 6, timeoutMs = 20_000 }: { concurrency?: number; timeoutMs?: number } = {},
): Promise<LinkResult[]> {
	const results = new Array<LinkResult>(links.length);
	let next = 0;
	const worker = async () => {
		while (next < links.length) {
			const index = next++;
			const link = links[index]!;
			results[index] = { ...(await checkLink(link.url, timeoutMs)), citedAt: link.citedAt };
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, links.length) }, worker));
	return results;
}

/** A Markdown report: the dead links, then the ones to look at by hand, each with where it is cited. */
export function linkReport(results: readonly LinkResult[]): string {
	const section = (state: LinkState, heading: string) => {
		const rows = results.filter((r) => r.state === state);
		if (rows.length === 0) return [];
		return [
			`## ${heading} (${rows.length})`,
			'',
			...rows.flatMap((r) => [`- ${r.url} (${r.detail})`, ...r.citedAt.map((at) => `  - ${at}`)]),
			'',
		];
	};
	const dead = results.filter((r) => r.state === 'dead').length;
	return [
		`# Evidence links: ${results.length} checked, ${dead} dead`,
		'',
		...section(
			'dead',
			'Dead: replace with an archived copy or another source, and add an update entry',
		),
		...section('unsure', 'Unsure: blocked, erroring or slow; open them by hand'),
	].join('\n');
}

/**
 * Fixture editions for layout tests: a project copy's content replaced by an edition of any
 * number of source articles on an unrelated topic, so tests can show that the pages hold for
 * one source and for ten. Every claim quotes its sources exactly, so the copy builds as a real
 * edition would. Labels run to the schema's 40-character limit on purpose.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StanceId } from '../src/lib/stances.ts';

export interface EditionClaim {
	readonly id: string;
	readonly verdict: string;
	/** Each source's stance, in source order. */
	readonly stances: readonly StanceId[];
	/** Days of the update log after first publication, with the verdict each update replaced. */
	readonly updates?: readonly { readonly date: string; readonly note: string; readonly verdict?: string }[];
}

export interface Edition {
	/** The interface language (a dictionary in src/i18n/locales/). */
	readonly lang: string;
	readonly sources: number;
	readonly claims: readonly EditionClaim[];
}

const labels = [
	'Harbour bridge opening: council notes',
	'Regional radio report on bridge tolls',
	'Evening paper: traffic since opening',
	'Engineers’ association statement',
	'Transport ministry weekly bulletin',
	'Opposition councillor’s newsletter',
	'Commuter group survey write-up',
	'National daily on the bridge’s cost',
	'Local blog: a week of crossings',
	'Port authority release on shipping',
];

/** The sentence that source `s` writes about claim `c`: the passage a claim quotes. */
const sentence = (s: number, c: number) =>
	`In its account number ${s + 1}, the outlet wrote that the harbour bridge carried ${(c + 1) * 1000 + s} vehicles on day ${c + 1} and that tolls would stay unchanged until the spring review.`;

const pad = (n: number) => String(n + 1).padStart(2, '0');
const quoted = (text: string) => JSON.stringify(text);

/** Replace a project copy's content (and its site language) with the edition. */
export function writeEdition(dir: string, edition: Edition): void {
	for (const folder of ['content/claims', 'content/sources']) {
		rmSync(join(dir, folder), { recursive: true, force: true });
		mkdirSync(join(dir, folder), { recursive: true });
	}
	const siteFile = join(dir, 'src/config/site.ts');
	writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/lang: '[^']+'/, `lang: '${edition.lang}'`));
	const sourceIds = Array.from({ length: edition.sources }, (_, s) => editionSourceId(s));
	sourceIds.forEach((id, s) => {
		const label = labels[s] ?? `Source ${s + 1}`;
		const body = edition.claims.map((_, c) => `Paragraph ${c + 1} of the article. ${sentence(s, c)} Residents were asked for their views.`).join('\n\n');
		writeFileSync(
			join(dir, 'content/sources', `${id}.md`),
			[
				'---',
				`id: ${id}`,
				`label: ${quoted(label)}`,
				`headline: ${quoted(`${label}: a full headline as the outlet published it, at some length`)}`,
				'publisher: "Fixture Press"',
				'author: "not stated"',
				`published: 2026-01-${pad(s)}`,
				`datedAs: "January ${s + 1}, 2026"`,
				'language: en',
				`seed: edition-${pad(s)}.txt`,
				'---',
				'',
				body,
				'',
			].join('\n'),
		);
	});
	edition.claims.forEach((claim, c) => {
		const updates = [{ date: '2026-02-01', note: 'First published.' }, ...(claim.updates ?? [])];
		const entries = claim.stances.map((stance, s) =>
			stance === 'not-mentioned'
				? `  - source: ${sourceIds[s]}\n    stance: not-mentioned`
				: `  - source: ${sourceIds[s]}\n    stance: ${stance}\n    quote: ${quoted(sentence(s, c))}`,
		);
		const speaking = claim.stances.findIndex((stance) => stance !== 'not-mentioned');
		writeFileSync(
			join(dir, 'content/claims', `${claim.id}.md`),
			[
				'---',
				`id: ${claim.id}`,
				`claim: ${quoted(`Fixture claim ${c + 1}: the harbour bridge carried ${(c + 1) * 1000} vehicles on its opening day, and its tolls will not change before the spring review of the city budget.`)}`,
				'claimant: "The city council’s transport spokesperson"',
				'appeared:',
				`  source: ${sourceIds[Math.max(speaking, 0)]}`,
				'  context: "In the second paragraph."',
				`verdict: ${quoted(claim.verdict)}`,
				`summary: ${quoted('Traffic counts published by the port authority match the figure for the opening day, but the toll schedule has not been fixed, so the second half of the claim cannot yet be confirmed; the council says a decision is due in spring.')}`,
				'sources:',
				...entries,
				'evidence: []',
				'published: 2026-02-01',
				`updated: ${updates.at(-1)!.date}`,
				'author: "Fixture desk"',
				'updates:',
				...updates.map((u) => [`  - date: ${u.date}`, `    note: ${quoted(u.note)}`, ...(u.verdict ? [`    verdict: ${quoted(u.verdict)}`] : [])].join('\n')),
				'---',
				'',
				'## What the record shows',
				'',
				'The port authority’s daily counts give the opening-day figure. The toll schedule is still under review.',
				'',
			].join('\n'),
		);
	});
}

/** The id of an edition's source article number `s` (from 0). */
export const editionSourceId = (s: number) => `edition-source-${pad(s)}`;

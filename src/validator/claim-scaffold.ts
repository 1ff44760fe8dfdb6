/**
 * The starting point of a new claim file (`npm run new-claim`): every field in place, one
 * entry per source article, and "TODO:" placeholders the validator refuses until they are
 * filled, so a scaffold can never be published half-written. What readers will see (the
 * analysis headings, the first update note) is in the site's language; the headings are marked
 * TODO too, so the writer keeps or changes each one before the file can publish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byEdition } from '../lib/joins.ts';
import { claimantTypes, ownVoice, viaIds } from '../lib/claimants.ts';
import { ratingIds } from '../edition/ratings.ts';
import { slugPattern, sourceSchema, type SourceData } from '../lib/schema.ts';
import { silentStance, stanceIds } from '../lib/stances.ts';
import { placeholderMarker } from './check-text.ts';
import { readContentFile } from './read-content-file.ts';
import { contentDirs } from '../lib/edition-files.ts';
import { site } from '../edition/site.ts';
import { t } from '../edition/i18n.ts';

/** What the writer has told us so far; anything left out becomes a placeholder. */
export interface ClaimDraft {
	readonly id: string;
	readonly claim?: string;
	/** The claimant's name. */
	readonly claimant?: string;
	/** person or organization. */
	readonly claimantType?: string;
	/** How the claim reached the article: own-voice, quoted, paraphrased or relayed. */
	readonly via?: string;
	/** Id of the source article the claim appeared in. */
	readonly source?: string;
	/** The day it appeared, YYYY-MM-DD. */
	readonly date?: string;
	readonly verdict?: string;
	readonly author?: string;
	/** Publication day of the check, YYYY-MM-DD. */
	readonly today: string;
}

export interface SourceArticle {
	readonly id: string;
	readonly data: SourceData;
}

/** The byline a new claim gets: the desk named in the site's settings. */
export const defaultAuthor = site.desk;

/** The edition's source articles, read from content/sources/ in edition order. Files that do not parse are left out (the validator reports them). */
export function readSourceArticles(root: string): SourceArticle[] {
	const dir = join(root, contentDirs.sources);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.flatMap((name) => {
			const read = readContentFile(`${contentDirs.sources}/${name}`, readFileSync(join(dir, name)));
			const parsed = read.ok ? sourceSchema.safeParse(read.content.data) : null;
			return parsed?.success ? [{ id: parsed.data.id, data: parsed.data }] : [];
		})
		.sort(byEdition);
}

/** A URL-safe id from the claim's words: lowercase, hyphenated, cut at a word boundary. */
export function idFromClaim(claim: string): string {
	const words = claim
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let id = '';
	for (const word of words) {
		const next = id ? `${id}-${word}` : word;
		if (next.length > 60) break;
		id = next;
	}
	return id;
}

export const isValidId = (id: string) => id.length >= 3 && id.length <= 80 && slugPattern.test(id);

/** A YAML double-quoted string: JSON's escapes are all valid YAML. */
const quoted = (text: string) => JSON.stringify(text);
const todo = (what: string) => quoted(`${placeholderMarker} ${what}`);
/** "a, b or c". */
const oneOf = (words: readonly string[]) => words.join(', ').replace(/, (?!.*, )/, ' or ');

/** The stances of an article that speaks to the claim. */
const speaking = stanceIds.filter((stance) => stance !== silentStance);

/** The day line: the day given, else the article's own date (a claim made in the article was made that day), else a note. */
function appearedDay(draft: ClaimDraft, sources: readonly SourceArticle[]): string {
	if (draft.date !== undefined) return `  date: ${draft.date}`;
	const published = sources.find((article) => article.id === draft.source)?.data.published;
	if (published !== undefined && published !== 'not stated')
		return `  date: ${published} # the article's date: change it if the claim was made on another day`;
	return '  # date: YYYY-MM-DD, the day it appeared; leave it out only when the article gives none';
}

export function scaffoldClaim(draft: ClaimDraft, sources: readonly SourceArticle[]): string {
	const stances = sources.flatMap((article) =>
		article.id === draft.source
			? [
					`  - source: ${article.id}`,
					`    stance: ${todo(oneOf(speaking))}`,
					`    quote: ${todo(`copy the passage exactly from ${contentDirs.sources}/${article.id}.md`)}`,
				]
			: [`  - source: ${article.id}`, `    stance: ${silentStance}`],
	);
	const verdict =
		draft.verdict === undefined ? todo(`one of ${ratingIds.join(', ')}`) : quoted(draft.verdict);
	return [
		'---',
		`id: ${draft.id}`,
		`claim: ${draft.claim === undefined ? todo("the claim as stated, in the claimant's words") : quoted(draft.claim)}`,
		'claimant:',
		`  name: ${draft.claimant === undefined ? todo("the name of the person or organization who made the claim; for an unsigned article's own words, its publication") : quoted(draft.claimant)}`,
		`  type: ${draft.claimantType ?? todo(oneOf(claimantTypes))}`,
		'appeared:',
		`  source: ${draft.source ?? todo('id of the source article the claim appeared in')}`,
		appearedDay(draft, sources),
		`  via: ${draft.via ?? todo(`how the claim reached the article: ${oneOf(viaIds)}`)}`,
		`  # relayedBy: "who passed the claim on between the claimant and the article"; only when the article names them, never with ${ownVoice}`,
		`  context: ${todo('where in the article, or on what occasion, the claim was made: the surrounding sentence')}`,
		`verdict: ${verdict}`,
		`summary: ${todo('one sentence giving the reason for the verdict')}`,
		'# One entry per source article. For an article that speaks to the claim, set its stance',
		'# (asserts, reports, supports or disputes) and quote the passage exactly as archived.',
		'sources:',
		...stances,
		'# Evidence beyond the articles, only pages you have read: title, publisher, date, url, note.',
		'evidence: []',
		`published: ${draft.today}`,
		`updated: ${draft.today}`,
		`author: ${quoted(draft.author ?? defaultAuthor)}`,
		'updates:',
		`  - date: ${draft.today}`,
		`    note: ${quoted(t('newClaim.firstUpdate'))}`,
		'---',
		'',
		`## ${placeholderMarker} ${t('newClaim.articleHeading')}`,
		'',
		`${placeholderMarker} what the article claims, in its words, and where.`,
		'',
		`## ${placeholderMarker} ${t('newClaim.recordHeading')}`,
		'',
		`${placeholderMarker} what the primary sources show; link every page you read.`,
		'',
		`## ${placeholderMarker} ${t('newClaim.verdictHeading')}`,
		'',
		`${placeholderMarker} the verdict, and the reason for it, in a sentence or two.`,
		'',
	].join('\n');
}

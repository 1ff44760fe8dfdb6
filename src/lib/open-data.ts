/**
 * The open-data format: every claim as a plain record, in JSON and CSV. The format is
 * versioned; `claimRecordSchema` (JSON Schema) documents it and is published beside the data.
 *
 * Changes (also listed in docs/urls-and-open-data.md):
 * - 4.0 (2026-12-07): /api/claims.json lists each claim by a short entry (`id`, `url`, `record`:
 *   the address of its full record, `claim`, `claimant`, `verdict`, `published`, `updated`) instead
 *   of the full record, which is at /api/claims/<id>.json alone: a claim's record was in two files,
 *   and the list grew to tens of megabytes on a large site. Records, `records`, the CSV and the
 *   ClaimReview feed are as in 3.2. The schema moves to /api/schema/claim-v4.json, the entry's
 *   definition under `$defs.entry`.
 * - 3.2 (2026-12-07): records gain `lang` (the language they are written in) and `languages` (the
 *   check in each of the site's languages).
 * - 3.1 (2026-12-06): /api/claims.json gains `records`: the checks withdrawn or renamed, each
 *   with its old address, its status, the id it was renamed to, the claim as it read, its last
 *   verdict and its update log (`checkRecordSchema`, in the schema's `$defs`). Claims are as in 3.0.
 * - 3.0 (2026-12-06): `claimant.name` may be null, for an unidentified website (`type`
 *   `unidentified`), and `claimant` gains `url`, that page's address or null. Evidence gains
 *   `description` (the desk's description where no title could be read; `title` is then null),
 *   `accessed` (the day it was read) and `archived` (an archived copy), each null when not
 *   recorded. Records gain `contact`: whether the claimant was asked for its evidence, or null.
 *   The CSV gains `claimant_url` and `contact_asked`. The schema moves to /api/schema/claim-v3.json.
 *   Also in 3.0: `claimant` gains `page` (the claimant's page on this site). Records gain
 *   `topics` (topic ids, see /topics/). Each `updates` entry gains `verdict`: the verdict before
 *   that update, where it changed the verdict (else null). The CSV gains `claimant_page` and
 *   `topics` (space-separated ids).
 * - 2.0 (2026-12-01): `claimant` is an object `{ name, type }` holding the claimant's clean
 *   name; `claimantType` is gone. `appeared` gains `via` (own-voice, quoted, paraphrased or
 *   relayed) and `relayedBy`. The CSV gains `claimant_type`, `appeared_via` and
 *   `appeared_relayed_by`. The schema moves to /api/schema/claim-v2.json.
 * - 1.0: first published format.
 */
import type { ClaimEntry, SourceEntry, StanceOn } from './joins.ts';
import type { Span } from './passages.ts';
import type { EditionContext } from './edition-context.ts';
import { createRoutes } from './routes.ts';
import { anchors } from './paths.ts';
import { claimantTypes, viaIds, type ClaimantType, type ViaId } from './claimants.ts';
import { claimantPageFinder } from './claimant-pages.ts';
import type { RatingScale } from './ratings.ts';
import { stanceIds } from './stances.ts';
import type { RecordEntry } from './corrections.ts';
import { recordStatuses, type RecordData } from './schema.ts';

/** Bump the major number on any change that could break a reader of the data (the schema's URL carries it). */
export const formatVersion = '4.0';

export interface ClaimRecord {
	id: string;
	url: string;
	claim: string;
	claimant: { name: string | null; type: ClaimantType; url: string | null; page: string };
	contact:
		| { asked: true; date: string; whom: string; answer: string | null }
		| { asked: false; reason: string }
		| null;
	appeared: {
		source: string;
		date: string | null;
		via: ViaId;
		relayedBy: string | null;
		context: string | null;
	};
	verdict: { id: string; label: string; value: number | null; summary: string };
	sources: {
		id: string;
		headline: string;
		url: string;
		stance: string;
		quote: string | null;
		quoteUrl: string | null;
	}[];
	evidence: {
		title: string | null;
		description: string | null;
		publisher: string;
		date: string | null;
		url: string;
		accessed: string | null;
		archived: string | null;
	}[];
	published: string;
	updated: string;
	author: string;
	updates: { date: string; note: string; verdict: string | null }[];
	topics: string[];
	/** The language of the record's texts (claim, summary, notes): a BCP 47 tag. */
	lang: string;
	/** The same check in the site's other languages: the translations of an original, or a translation's original. */
	languages: LanguageVersion[];
}

/** A check in another of the site's languages, as a record names it. */
export interface LanguageVersion {
	lang: string;
	url: string;
	claim: string;
	/** Whether it is the original, or a translation of it. */
	original: boolean;
	/** For a translation: who translated it, and when. */
	translator: string | null;
	translated: string | null;
}

/** A source's stance on the claim, with where its quote stands in the article. */
export type LocatedStance = StanceOn<SourceEntry> & { readonly span?: Span | undefined };

/** `claimantPage`: the id of the claimant's page; by default, as an edition with no claimant list places it. */
export function claimRecord(
	claim: ClaimEntry,
	stances: readonly LocatedStance[],
	edition: EditionContext,
	claimantPage = claimantPageFinder([])(claim.data.claimant).id,
	languages: LanguageVersion[] = [],
): ClaimRecord {
	const { absoluteUrl, paths, getRating } = edition;
	const { data } = claim;
	const rating = getRating(data.verdict);
	return {
		id: claim.id,
		url: absoluteUrl(paths.claim(claim.id)),
		claim: data.claim,
		claimant: {
			name: data.claimant.name ?? null,
			type: data.claimant.type,
			url: data.claimant.url ?? null,
			page: absoluteUrl(paths.claimant(claimantPage)),
		},
		contact: !data.contact
			? null
			: data.contact.asked
				? {
						asked: true,
						date: data.contact.date,
						whom: data.contact.whom,
						answer: data.contact.answer ?? null,
					}
				: { asked: false, reason: data.contact.reason },
		appeared: {
			source: data.appeared.source,
			date: data.appeared.date ?? null,
			via: data.appeared.via,
			relayedBy: data.appeared.relayedBy ?? null,
			context: data.appeared.context ?? null,
		},
		verdict: { id: rating.id, label: rating.label, value: rating.value, summary: data.summary },
		sources: stances.map(({ article, stance, quote, span }) => ({
			id: article.id,
			headline: article.data.headline,
			url: absoluteUrl(paths.source(article.id)),
			stance,
			quote: quote ?? null,
			quoteUrl: span ? absoluteUrl(`${paths.source(article.id)}#${anchors.passage(span)}`) : null,
		})),
		evidence: data.evidence.map((e) => ({
			title: e.title ?? null,
			description: e.description ?? null,
			publisher: e.publisher,
			date: e.date ?? null,
			url: e.url,
			accessed: e.accessed ?? null,
			archived: e.archived ?? null,
		})),
		published: data.published,
		updated: data.updated,
		author: data.author,
		updates: data.updates.map((u) => ({ date: u.date, note: u.note, verdict: u.verdict ?? null })),
		topics: [...data.topics],
		lang: edition.site.lang,
		languages,
	};
}

/** A claim in the list of every claim (/api/claims.json): enough to find it, with the address of its full record. */
export interface ClaimEntryData {
	id: string;
	url: string;
	record: string;
	claim: string;
	claimant: string | null;
	verdict: { id: string; label: string; value: number | null };
	published: string;
	updated: string;
}

export function claimEntry(
	{ id, data }: ClaimEntry,
	{ absoluteUrl, paths, getRating }: EditionContext,
): ClaimEntryData {
	const { label, value } = getRating(data.verdict);
	return {
		id,
		url: absoluteUrl(paths.claim(id)),
		record: absoluteUrl(paths.dataClaim(id)),
		claim: data.claim,
		claimant: data.claimant.name ?? null,
		verdict: { id: data.verdict, label, value },
		published: data.published,
		updated: data.updated,
	};
}

/** The wrapper every open-data JSON file shares. */
export function envelope<T>(key: string, value: T, { absoluteUrl, paths, site }: EditionContext) {
	return {
		format: 'crosscheck-claims',
		version: formatVersion,
		schema: absoluteUrl(paths.dataSchema()),
		publisher: site.name,
		[key]: value,
	};
}

const csvColumns = [
	'id',
	'url',
	'claim',
	'claimant',
	'claimant_type',
	'claimant_url',
	'claimant_page',
	'appeared_source',
	'appeared_date',
	'appeared_via',
	'appeared_relayed_by',
	'verdict',
	'verdict_label',
	'verdict_value',
	'summary',
	'published',
	'updated',
	'author',
	'contact_asked',
	'evidence_urls',
	'topics',
] as const;

const csvCell = (value: string | number | null) => {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) || /^[=+\-@\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV, one row per claim; stances per source as one column each. */
export function claimsCsv(
	records: readonly ClaimRecord[],
	sources: readonly SourceEntry[],
): string {
	const header = [...csvColumns, ...sources.map((s) => `stance_${s.id}`)];
	const rows = records.map((r) => [
		r.id,
		r.url,
		r.claim,
		r.claimant.name,
		r.claimant.type,
		r.claimant.url,
		r.claimant.page,
		r.appeared.source,
		r.appeared.date,
		r.appeared.via,
		r.appeared.relayedBy,
		r.verdict.id,
		r.verdict.label,
		r.verdict.value,
		r.verdict.summary,
		r.published,
		r.updated,
		r.author,
		r.contact === null ? null : String(r.contact.asked),
		r.evidence.map((e) => e.url).join(' '),
		r.topics.join(' '),
		...sources.map((s) => r.sources.find((x) => x.id === s.id)?.stance ?? null),
	]);
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A withdrawn or renamed check, as open data lists it beside the claims. */
export interface CheckRecordData {
	id: string;
	url: string;
	status: RecordData['status'];
	renamedTo: string | null;
	renamedUrl: string | null;
	claim: string;
	verdict: { id: string; label: string };
	published: string;
	updates: { date: string; note: string; verdict: string | null }[];
}

/** A withdrawn or renamed check's open-data record: its old address, what became of it, and its log. */
export function checkRecordData(
	{ id, data }: RecordEntry,
	{ absoluteUrl, paths, getRating }: EditionContext,
): CheckRecordData {
	return {
		id,
		url: absoluteUrl(paths.claim(id)),
		status: data.status,
		renamedTo: data.renamedTo ?? null,
		renamedUrl: data.renamedTo ? absoluteUrl(paths.claim(data.renamedTo)) : null,
		claim: data.claim,
		verdict: { id: data.verdict, label: getRating(data.verdict).label },
		published: data.published,
		updates: data.updates.map((u) => ({ date: u.date, note: u.note, verdict: u.verdict ?? null })),
	};
}

const nullable = (type: string) => ({ type: [type, 'null'] });

const updateItems = (ratingIds: readonly string[]) =>
	({
		type: 'object',
		additionalProperties: false,
		required: ['date', 'note', 'verdict'],
		properties: {
			date: { type: 'string', format: 'date' },
			note: { type: 'string' },
			verdict: {
				...nullable('string'),
				enum: [...ratingIds, null],
				description: 'Where this update changed the verdict: the verdict before it; else null.',
			},
		},
	}) as const;

/** JSON Schema of one entry of `records` in /api/claims.json: a withdrawn or renamed check. */
const checkRecordSchema = (ratingIds: readonly string[]) =>
	({
		type: 'object',
		additionalProperties: false,
		required: [
			'id',
			'url',
			'status',
			'renamedTo',
			'renamedUrl',
			'claim',
			'verdict',
			'published',
			'updates',
		],
		properties: {
			id: { type: 'string', description: 'The id the check had; its old address is kept.' },
			url: {
				type: 'string',
				format: 'uri',
				description:
					'The old address: a page saying the check was withdrawn, or a redirect to its new address.',
			},
			status: { enum: recordStatuses },
			renamedTo: { ...nullable('string'), description: 'For a renamed check: its id now.' },
			renamedUrl: {
				...nullable('string'),
				format: 'uri',
				description: 'For a renamed check: its page now.',
			},
			claim: { type: 'string', description: 'The claim as it read.' },
			verdict: {
				type: 'object',
				additionalProperties: false,
				required: ['id', 'label'],
				properties: { id: { enum: ratingIds }, label: { type: 'string' } },
				description: 'The last verdict the check gave.',
			},
			published: { type: 'string', format: 'date' },
			updates: {
				type: 'array',
				items: updateItems(ratingIds),
				description:
					'The update log; the last entry says when and why the check was withdrawn or renamed.',
			},
		},
	}) as const;

/** A verdict's place on the edition's scale, or null for a rating off it. */
const verdictValueSchema = (scale: RatingScale) => ({
	...nullable('integer'),
	minimum: scale.ratingBounds.worst,
	maximum: scale.ratingBounds.best,
	description: valueDescription(scale),
});

/** JSON Schema of one entry of `claims` in /api/claims.json: a claim, pointing to its full record. */
const claimEntrySchema = (scale: RatingScale) =>
	({
		type: 'object',
		additionalProperties: false,
		required: ['id', 'url', 'record', 'claim', 'claimant', 'verdict', 'published', 'updated'],
		properties: {
			id: { type: 'string' },
			url: { type: 'string', format: 'uri', description: 'The claim check page.' },
			record: {
				type: 'string',
				format: 'uri',
				description: "The claim's full record (this schema's top level): /api/claims/<id>.json.",
			},
			claim: { type: 'string' },
			claimant: {
				...nullable('string'),
				description: "The claimant's name; null for an unidentified website that gives none.",
			},
			verdict: {
				type: 'object',
				additionalProperties: false,
				required: ['id', 'label', 'value'],
				properties: {
					id: { enum: scale.ratingIds },
					label: { type: 'string' },
					value: verdictValueSchema(scale),
				},
			},
			published: { type: 'string', format: 'date' },
			updated: { type: 'string', format: 'date' },
		},
	}) as const;

/** What a verdict's `value` means on the edition's scale: "1 (false) to 5 (true); null for unproven." */
function valueDescription({ scaleSteps, ratings }: RatingScale): string {
	const ends = [scaleSteps[0], scaleSteps.at(-1)].map((r) => `${r?.value} (${r?.id})`);
	const off = ratings.filter((r) => r.value === null).map((r) => r.id);
	return `${ends.join(' to ')}${off.length > 0 ? `; null for ${off.join(' or ')}` : ''}.`;
}

/** JSON Schema (draft 2020-12) of one claim record, version `formatVersion`, titled for the edition. */
export const claimRecordSchema = ({ t, site, scale }: EditionContext<'data.recordTitle'>) => {
	/** The site's pages, as a reader's address bar shows them under its root. */
	const page = createRoutes(site.paths);
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		title: t('data.recordTitle', { site: site.name, version: formatVersion }),
		$defs: { record: checkRecordSchema(scale.ratingIds), entry: claimEntrySchema(scale) },
		type: 'object',
		additionalProperties: false,
		required: [
			'id',
			'url',
			'claim',
			'claimant',
			'contact',
			'appeared',
			'verdict',
			'sources',
			'evidence',
			'published',
			'updated',
			'author',
			'updates',
			'topics',
			'lang',
			'languages',
		],
		properties: {
			id: {
				type: 'string',
				pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
				description: `Stable id; the claim page is /${page.claim('<id>')}.`,
			},
			url: { type: 'string', format: 'uri', description: 'The claim check page.' },
			claim: { type: 'string', description: 'The narrowest wording that the verdict rates.' },
			claimant: {
				type: 'object',
				additionalProperties: false,
				required: ['name', 'type', 'url', 'page'],
				description:
					"Who made the claim; an unsigned article's claimant is its publication, and a page whose outlet cannot be established is an unidentified website.",
				properties: {
					name: {
						...nullable('string'),
						description:
							"The claimant's name, with no role or description; null only for an unidentified website that gives none.",
					},
					type: { enum: claimantTypes },
					url: {
						...nullable('string'),
						format: 'uri',
						description: "For an unidentified website, the page's address where known; else null.",
					},
					page: {
						type: 'string',
						format: 'uri',
						description: "The claimant's page on this site: their checked claims and a scorecard.",
					},
				},
			},
			contact: {
				description:
					'Whether the claimant (or the outlet) was asked for its evidence; null where the check does not record it.',
				oneOf: [
					{ type: 'null' },
					{
						type: 'object',
						additionalProperties: false,
						required: ['asked', 'date', 'whom', 'answer'],
						properties: {
							asked: { const: true },
							date: { type: 'string', format: 'date', description: 'When the request was sent.' },
							whom: { type: 'string', description: 'Who was asked, and how.' },
							answer: {
								...nullable('string'),
								description: 'What they answered; null while none has come.',
							},
						},
					},
					{
						type: 'object',
						additionalProperties: false,
						required: ['asked', 'reason'],
						properties: {
							asked: { const: false },
							reason: { type: 'string', description: 'Why the claimant was not asked.' },
						},
					},
				],
			},
			appeared: {
				type: 'object',
				additionalProperties: false,
				required: ['source', 'date', 'via', 'relayedBy', 'context'],
				properties: {
					source: {
						type: 'string',
						description: 'Id of the source article the claim appeared in.',
					},
					date: {
						...nullable('string'),
						format: 'date',
						description: 'When it appeared; null when the article is undated.',
					},
					via: { enum: viaIds, description: 'How the claim reached the article.' },
					relayedBy: {
						...nullable('string'),
						description:
							'Who passed the claim on between the claimant and the article, where named.',
					},
					context: {
						...nullable('string'),
						description: 'Where in the article, or on what occasion; the surrounding sentence.',
					},
				},
			},
			verdict: {
				type: 'object',
				additionalProperties: false,
				required: ['id', 'label', 'value', 'summary'],
				properties: {
					id: {
						enum: scale.ratingIds,
						description: `Rating id on the scale at /${page.verdicts()}.`,
					},
					label: { type: 'string' },
					value: verdictValueSchema(scale),
					summary: { type: 'string', description: 'One sentence giving the reason.' },
				},
			},
			sources: {
				type: 'array',
				description: 'Every source article of the edition, in edition order.',
				items: {
					type: 'object',
					additionalProperties: false,
					required: ['id', 'headline', 'url', 'stance', 'quote', 'quoteUrl'],
					properties: {
						id: { type: 'string' },
						headline: { type: 'string' },
						url: {
							type: 'string',
							format: 'uri',
							description: 'Our archived copy of the article.',
						},
						stance: { enum: stanceIds },
						quote: {
							...nullable('string'),
							description: 'The exact passage; null when the article does not mention the claim.',
						},
						quoteUrl: {
							...nullable('string'),
							format: 'uri',
							description: 'The passage, highlighted in the archived copy.',
						},
					},
				},
			},
			evidence: {
				type: 'array',
				items: {
					type: 'object',
					additionalProperties: false,
					required: ['title', 'description', 'publisher', 'date', 'url', 'accessed', 'archived'],
					properties: {
						title: {
							...nullable('string'),
							description: 'The title as the page shows it; null where none could be read.',
						},
						description: {
							...nullable('string'),
							description:
								"The desk's description of a document whose title could not be read; else null.",
						},
						publisher: { type: 'string' },
						date: { ...nullable('string'), format: 'date' },
						url: { type: 'string', format: 'uri', description: 'Where it was read.' },
						accessed: {
							...nullable('string'),
							format: 'date',
							description: 'The day it was read; null where not recorded.',
						},
						archived: {
							...nullable('string'),
							format: 'uri',
							description: 'An archived copy of the page; null where none is recorded.',
						},
					},
				},
			},
			published: { type: 'string', format: 'date' },
			updated: { type: 'string', format: 'date' },
			author: { type: 'string' },
			updates: { type: 'array', items: updateItems(scale.ratingIds) },
			topics: {
				type: 'array',
				items: { type: 'string' },
				description: `Ids of the topics the claim is filed under (the topic pages are /${page.topic('<id>')}).`,
			},
			lang: {
				type: 'string',
				description: "The language of the record's texts (claim, summary, notes), a BCP 47 tag.",
			},
			languages: {
				type: 'array',
				description:
					"The same check in the site's other languages: an original's translations, or a translation's original. Verdict, sources and evidence are the same in every language.",
				items: {
					type: 'object',
					additionalProperties: false,
					required: ['lang', 'url', 'claim', 'original', 'translator', 'translated'],
					properties: {
						lang: { type: 'string', description: 'Its language, a BCP 47 tag.' },
						url: { type: 'string', format: 'uri', description: 'Its page.' },
						claim: { type: 'string', description: 'The claim in that language.' },
						original: { type: 'boolean', description: 'Whether it is the original check.' },
						translator: {
							...nullable('string'),
							description: 'Who translated it; null for the original.',
						},
						translated: {
							...nullable('string'),
							format: 'date',
							description:
								'When it was translated or last brought up to date; null for the original.',
						},
					},
				},
			},
		},
	} as const;
};

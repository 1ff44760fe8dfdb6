/**
 * The shape of claim files and source files. Astro's content collections and the
 * contributor validator both parse with these schemas, so the site and the validator
 * can never disagree about what a valid file is.
 */
import { z } from 'astro/zod';
import { claimantTypes, ownVoice, unidentified, viaIds } from './claimants.ts';
import { isRealDay, toIsoDay, today } from './dates.ts';
import { silentStance, stanceIds } from './stances.ts';
import { linkProblem } from './link-policy.ts';
import { languageTagProblem } from './language-tags.ts';
import { visibleLength } from './text-policy.ts';
import { trackingParams, withoutTracking } from './tracking.ts';

/** How many topics one claim may name: enough to place it, few enough to mean something. */
const maxTopics = 3;

/** Lowercase letters, digits and single hyphens: safe in a URL and a file name. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
	.string({ error: 'must be text' })
	.min(3, { error: 'must be at least 3 characters' })
	.max(80, { error: 'must be at most 80 characters' })
	.regex(slugPattern, {
		error:
			'must be lowercase letters, digits and single hyphens (for example "bridge-toll-doubled")',
	});

/** Text of `min` to `max` characters; characters that look like nothing (text-policy.ts) do not count towards `min`. */
const text = (min: number, max: number) =>
	z
		.string({ error: 'must be text' })
		.trim()
		.max(max, { error: `must be at most ${max} characters` })
		.refine((value) => visibleLength(value) >= min, {
			params: {
				hint: 'write it out in words; characters that show as blank (such as U+3164 or a zero-width space) count as nothing',
			},
			error: min === 1 ? 'must not be empty' : `must be at least ${min} characters`,
		});

/**
 * The reader-facing texts of a check, each with its length: the same for a check and for its
 * translation, whose texts stand in for the original's on the same pages, cards and embeds.
 */
const texts = {
	claim: text(10, 500),
	summary: text(10, 300),
	/** Where and how the claim appeared. */
	context: text(3, 300),
	stanceNote: text(1, 300),
	evidenceNote: text(1, 400),
	logNote: text(3, 500),
	contactWhom: text(3, 200),
	contactAnswer: text(3, 600),
	contactReason: text(10, 600),
};

/** A calendar day, YYYY-MM-DD, that exists and is not in the future. */
export const isoDay = z.preprocess(
	toIsoDay,
	z
		.string({ error: 'must be a date written YYYY-MM-DD' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
		.refine(isRealDay, { error: 'is not a real calendar date' })
		.refine((day) => day <= today(), { error: 'is in the future' }),
);

/**
 * An absolute http(s) URL: no javascript:, data: or relative links, no white space (which a
 * browser would quietly encode), no tracking parameters (`utm_*`, `fbclid` and the like), and
 * nothing that makes it look like another address (link-policy.ts).
 */
const webUrl = z
	.url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' })
	.regex(/^\S+$/, {
		error: 'must not contain spaces: copy the address from the browser, or write a space as %20',
	})
	.superRefine((address, ctx) => {
		const found = trackingParams(address);
		if (found.length > 0) {
			ctx.addIssue({
				code: 'custom',
				message: `must not carry tracking parameters (${found.join(', ')}): cite the page as ${withoutTracking(address)}`,
			});
		}
		const problem = linkProblem(address);
		if (problem)
			ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint } });
	});

/**
 * For a cross-field refinement: run it when the fields it reads are valid, even if others
 * are not, so that one pass reports every problem in a file.
 */
const soundFields =
	(...keys: string[]) =>
	({ value, issues }: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
		typeof value === 'object' &&
		value !== null &&
		!issues.some((issue) => keys.includes(String(issue.path?.[0])));

/** One source article's relation to the claim. */
export const sourceStanceSchema = z
	.strictObject({
		/** Id of the source article (a file name in content/sources/). */
		source: slug,
		/** How the article treats the claim. */
		stance: z.enum(stanceIds, { error: `must be one of: ${stanceIds.join(', ')}` }),
		/** The passage, copied exactly from the article's archived text; none for not-mentioned. */
		quote: text(1, 1000).optional(),
		/** A short editor's note on how the article treats the claim. */
		note: texts.stanceNote.optional(),
	})
	.superRefine(
		(entry, ctx) => {
			if (entry.stance === silentStance && entry.quote !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['quote'],
					message: `must be left out when the stance is ${silentStance}`,
				});
			}
			if (entry.stance !== silentStance && entry.quote === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['quote'],
					message: `is required when the stance is ${entry.stance}: quote the passage that shows it`,
				});
			}
		},
		{ when: soundFields('stance', 'quote') },
	);

/** A piece of evidence beyond the source articles, that the desk has read. */
export const evidenceSchema = z
	.strictObject({
		/** The document's title exactly as it appears on the page; readers see it as a quoted title. */
		title: text(3, 300).optional(),
		/** The desk's own description of a document whose title could not be read; never shown as a title. Give `title` or `description`, not both. */
		description: text(3, 300).optional(),
		/** Who published it. */
		publisher: text(2, 120),
		/** The document's own date; left out when the page shows none. */
		date: isoDay.optional(),
		/** Where it was read. */
		url: webUrl,
		/** The day the desk read it there. */
		accessed: isoDay.optional(),
		/** An archived copy of the same page (the Wayback Machine, archive.today), where one exists. */
		archived: webUrl.optional(),
		/** What it shows for this claim. */
		note: texts.evidenceNote.optional(),
	})
	.superRefine(
		(item, ctx) => {
			if ((item.title === undefined) === (item.description === undefined)) {
				ctx.addIssue({
					code: 'custom',
					path: [item.title === undefined ? 'title' : 'description'],
					message:
						item.title === undefined
							? 'is required: give the title as the page shows it, or a `description` of the document where no title could be read'
							: 'must be left out when `title` is given: a document has its title or, where none could be read, a description',
				});
			}
			if (item.date !== undefined && item.accessed !== undefined && item.accessed < item.date) {
				ctx.addIssue({
					code: 'custom',
					path: ['accessed'],
					message: `(${item.accessed}) is before the document's date (${item.date})`,
				});
			}
		},
		{ when: soundFields('title', 'description', 'date', 'accessed') },
	);

/**
 * Whether the desk asked the claimant (or the outlet) for its evidence: when, and what came
 * back; or why it did not ask.
 */
const contactSchema = z.discriminatedUnion(
	'asked',
	[
		z.strictObject({
			/** The claimant, or the outlet, was asked for its evidence. */
			asked: z.literal(true),
			/** The day the request was sent. */
			date: isoDay,
			/** Who was asked, and how: "the White House press office, by email". */
			whom: texts.contactWhom,
			/** What they answered, in substance or as an exact quotation; left out while no answer has come. */
			answer: texts.contactAnswer.optional(),
		}),
		z.strictObject({
			/** The claimant was not asked. */
			asked: z.literal(false),
			/** Why not, as readers will read it. */
			reason: texts.contactReason,
		}),
	],
	{ error: 'must say `asked: true` (with `date` and `whom`) or `asked: false` (with `reason`)' },
);

/** What became of a check that no longer stands under its id: withdrawn, or renamed to a new id. */
export const recordStatuses = ['withdrawn', 'renamed'] as const;

/** One entry in a log of changes (a claim's updates, a source's corrections): when, and what changed and why. */
const logEntryFields = {
	/** When the change was published. */
	date: isoDay,
	/** What changed and why. */
	note: texts.logNote,
};

/** One entry in a source's corrections log: a change to the archived text, when and why. */
export const correctionSchema = z.strictObject(logEntryFields);

/**
 * The schemas that name a rating: claim files, their update logs and the records withdrawn and
 * renamed checks leave, for the edition's rating ids in scale order (src/edition/schema.ts binds
 * them to the edition's scale).
 */
export function contentSchemas(ratingIds: readonly [string, ...string[]]) {
	/**
	 * A rating id, in any case: YAML reads a bare `true`, `False` or `FALSE` as a boolean, so the
	 * writer who typed a capital meant the rating of that name, and "False" in quotes is read the same way.
	 */
	const verdict = z.preprocess(
		(value) =>
			typeof value === 'boolean'
				? String(value)
				: typeof value === 'string'
					? value.toLowerCase()
					: value,
		z.enum(ratingIds, { error: `must be one of: ${ratingIds.join(', ')}` }),
	);

	/** One entry in a claim's update log. */
	const updateSchema = z.strictObject({
		...logEntryFields,
		/** Where this update changed the verdict: the verdict before it (a rating id). The claim page names it. */
		verdict: verdict.optional(),
	});

	/** The frontmatter of a claim file (content/claims/<id>.md). */
	const claimSchema = z
		.strictObject({
			/** Stable public id: equals the file name and forms the URL /claims/<id>/. */
			id: slug,
			/** The narrowest wording that the verdict rates, in the claimant's words where possible. */
			claim: texts.claim,
			/**
			 * Who made the claim: a person, an organization (an unsigned article's claimant is its
			 * publication), or an unidentified website, where no outlet can be established.
			 */
			claimant: z
				.strictObject({
					/** The claimant's name as ClaimReview, feeds and open data carry it: no role, description or headline. Optional for an unidentified website. */
					name: text(2, 120).optional(),
					/** A person, an organization, or an unidentified website. */
					type: z.enum(claimantTypes, { error: `must be one of: ${claimantTypes.join(', ')}` }),
					/** For an unidentified website: the page's address, where it is known. */
					url: webUrl.optional(),
				})
				.superRefine(
					(claimant, ctx) => {
						if (claimant.type !== unidentified && claimant.name === undefined) {
							ctx.addIssue({
								code: 'custom',
								path: ['name'],
								message: `is required for a claimant of type ${claimant.type}; where no outlet can be established, use type ${unidentified}`,
							});
						}
						if (claimant.type !== unidentified && claimant.url !== undefined) {
							ctx.addIssue({
								code: 'custom',
								path: ['url'],
								message: `is only for a claimant of type ${unidentified}: the address of the page that made the claim`,
							});
						}
					},
					{ when: soundFields('name', 'type', 'url') },
				),
			/** Whether the claimant was asked for its evidence, and what it answered; or why not. */
			contact: contactSchema.optional(),
			/** Where and when the claim appeared, and how it reached the article. */
			appeared: z
				.strictObject({
					/** The source article the claim appears in. */
					source: slug,
					/** The day it appeared; left out only when the article gives none. */
					date: isoDay.optional(),
					/** How the claim reached the article: in its own voice, quoted, paraphrased or relayed. */
					via: z.enum(viaIds, { error: `must be one of: ${viaIds.join(', ')}` }),
					/** Who passed the claim on between the claimant and the article, where the article names them. */
					relayedBy: text(2, 120).optional(),
					/** Where in the article, or on what occasion, it was made: the surrounding sentence goes here. */
					context: texts.context.optional(),
				})
				.superRefine(
					(appeared, ctx) => {
						if (appeared.via === ownVoice && appeared.relayedBy !== undefined) {
							ctx.addIssue({
								code: 'custom',
								path: ['relayedBy'],
								message: `must be left out when via is ${ownVoice}: no one stands between the claimant and the article`,
							});
						}
					},
					{ when: soundFields('via', 'relayedBy') },
				),
			/** The rating, an id from the rating scale. */
			verdict,
			/** One sentence giving the reason for the verdict. */
			summary: texts.summary,
			/** Each of the edition's source articles, its stance and the passage that shows it. */
			sources: z.array(sourceStanceSchema, {
				error: 'must be a list with one entry per source article',
			}),
			/** Evidence read beyond the source articles. */
			evidence: z
				.array(evidenceSchema, { error: 'must be a list of evidence entries' })
				.default([]),
			/** First published. */
			published: isoDay,
			/** Last changed; the same as published until the first update. */
			updated: isoDay,
			/** Who wrote the check. */
			author: text(2, 120),
			/** What the claim is about: ids from the edition's topic list (content/topics.yml), at most a few. */
			topics: z
				.array(slug, { error: 'must be a list of topic ids' })
				.max(maxTopics, { error: `must name at most ${maxTopics} topics` })
				.default([]),
			/** Every published change, oldest first; the first entry records first publication. */
			updates: z
				.array(updateSchema, { error: 'must be a list of {date, note} entries' })
				.min(1, { error: 'must record at least the first publication' }),
		})
		.superRefine(
			(claim, ctx) => {
				if (claim.updated < claim.published) {
					ctx.addIssue({
						code: 'custom',
						path: ['updated'],
						message: `(${claim.updated}) is before published (${claim.published})`,
					});
				}
			},
			{ when: soundFields('published', 'updated') },
		);

	/**
	 * The record a withdrawn or renamed check leaves at its old id (content/records/<id>.md): the
	 * claim as it read, its last verdict, its publication date and its whole update log, whose last
	 * entry says when and why it was withdrawn or renamed. Its old URL serves a page saying so.
	 */
	const recordSchema = z
		.strictObject({
			/** The check's id, unchanged: equals the file name and keeps the URL /claims/<id>/. */
			id: slug,
			/** Withdrawn (the check no longer stands) or renamed (it stands under `renamedTo`). */
			status: z.enum(recordStatuses, { error: `must be one of: ${recordStatuses.join(', ')}` }),
			/** For a renamed check: the id it has now (a claim file in content/claims/). */
			renamedTo: slug.optional(),
			/** The claim as it read when the check was withdrawn or renamed. */
			claim: texts.claim,
			/** The check's last verdict. */
			verdict,
			/** When the check was first published. */
			published: isoDay,
			/** The check's update log as it stood, with a last entry saying when and why. */
			updates: z.array(updateSchema, { error: 'must be a list of {date, note} entries' }).min(2, {
				error:
					"must keep every entry of the check's update log and end with one saying why it was withdrawn or renamed",
			}),
		})
		.superRefine(
			(record, ctx) => {
				if (record.status === 'renamed' && record.renamedTo === undefined)
					ctx.addIssue({
						code: 'custom',
						path: ['renamedTo'],
						message: 'is required when the status is renamed: the id the check has now',
						params: { hint: 'add renamedTo: with the id of the claim file the check now lives in' },
					});
				if (record.status === 'withdrawn' && record.renamedTo !== undefined)
					ctx.addIssue({
						code: 'custom',
						path: ['renamedTo'],
						message:
							'must be left out when the status is withdrawn: a withdrawn check stands nowhere',
						params: { hint: 'delete the renamedTo line, or set status: renamed' },
					});
				if (record.renamedTo !== undefined && record.renamedTo === record.id)
					ctx.addIssue({
						code: 'custom',
						path: ['renamedTo'],
						message: 'names the record itself: give the id the check has now',
						params: { hint: 'set renamedTo: to the id of the claim file the check now lives in' },
					});
			},
			{ when: soundFields('status', 'renamedTo', 'id') },
		)
		.superRefine(
			(record, ctx) => {
				const dates = record.updates.map((u) => u.date);
				const closing = dates.length - 1;
				if (dates.slice(0, closing).some((date) => date > (dates[closing] ?? '')))
					ctx.addIssue({
						code: 'custom',
						path: ['updates', closing, 'date'],
						message: `(${dates[closing]}) is earlier than an entry before it; the last entry records the day the check was ${record.status}`,
						params: {
							hint: 'date the last entry the day the check is withdrawn or renamed, no earlier than the entries before it',
						},
					});
				if ((dates[closing] ?? '') < record.published)
					ctx.addIssue({
						code: 'custom',
						path: ['updates', closing, 'date'],
						message: `(${dates[closing]}) is before published (${record.published})`,
						params: { hint: 'date the last entry the day the check is withdrawn or renamed' },
					});
			},
			{ when: soundFields('updates', 'published', 'status') },
		);

	return { updateSchema, claimSchema, recordSchema };
}

/** The schemas that name a rating, as bound to a scale. */
type ContentSchemas = ReturnType<typeof contentSchemas>;

/** The frontmatter of a source file (content/sources/<id>.md); the body is the archived article text. */
export const sourceSchema = z
	.strictObject({
		/** Stable public id: equals the file name and forms the URL /sources/<id>/. */
		id: slug,
		/** A short name for tables and lists, at most 40 characters. */
		label: text(3, 40),
		/** The headline as published. */
		headline: text(3, 300),
		/** The outlet, or "not stated" where the text names none. */
		publisher: text(2, 120),
		/** The byline, or "not stated". */
		author: text(2, 120),
		/** Publication day, or "not stated" where the article carries no date. */
		published: z.union([isoDay, z.literal('not stated')], {
			error: 'must be a date written YYYY-MM-DD, or "not stated"',
		}),
		/** The date exactly as the page gives it, for the record. */
		datedAs: text(2, 200),
		/** Language of the article (BCP 47). */
		language: z.string({ error: 'must be a language tag such as "en"' }).superRefine((tag, ctx) => {
			const problem = languageTagProblem(tag);
			if (problem)
				ctx.addIssue({
					code: 'custom',
					message: problem,
					params: { hint: 'write the article\'s language as a tag such as "en", "es" or "es-MX"' },
				});
		}),
		/** Where the article was published, if known: ClaimReview points to it beside our archived copy. */
		url: webUrl.optional(),
		/** The file the archived copy was taken from, for the record; left out when there is none. */
		seed: text(3, 200).optional(),
		/** Page furniture removed from the seed text (navigation, share prompts), exactly as it stood. */
		removed: z.array(z.string()).default([]),
		/**
		 * Every change to the archived text since it was first archived, oldest first: the day and what
		 * was changed and why (a transcription error, the publisher's own correction). The source page
		 * lists it; the earlier text stays in the repository's history.
		 */
		corrections: z
			.array(correctionSchema, { error: 'must be a list of {date, note} entries' })
			.default([]),
	})
	.superRefine(
		(source, ctx) => {
			source.corrections.forEach(({ date }, i) => {
				const previous = source.corrections[i - 1]?.date;
				if (previous !== undefined && date < previous)
					ctx.addIssue({
						code: 'custom',
						path: ['corrections', i, 'date'],
						message: `(${date}) is earlier than the entry before it (${previous}); the log runs oldest first`,
						params: { hint: `date it the day the correction was archived, ${previous} or later` },
					});
				if (source.published !== 'not stated' && date < source.published)
					ctx.addIssue({
						code: 'custom',
						path: ['corrections', i, 'date'],
						message: `(${date}) is before the article was published (${source.published})`,
						params: { hint: 'date it the day the corrected text was archived' },
					});
			});
		},
		{ when: soundFields('corrections', 'published') },
	);

/** The frontmatter of an editorial page (content/pages/<id>.mdx: about, methodology), served at /<id>/. */
export const editorialPageSchema = z.strictObject({
	/** The page's heading and title. */
	title: text(3, 120),
	/** One or two sentences for search results and link previews. */
	description: text(10, 300),
});

/** Reader-facing text in the site's language, or one text per language tag where the site has several. */
const localizedText = (min: number, max: number) =>
	z.union(
		[text(min, max), z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/), text(min, max))],
		{
			error: `must be text (${min} to ${max} characters), or one such text per language tag (en: …, es: …)`,
		},
	);

/** One entry of the edition's topic list (content/topics.yml). */
export const topicSchema = z.strictObject({
	/** Stable public id: claim files name it in `topics:`, and it forms the URL /topics/<id>/. */
	id: slug,
	/** The topic's name, for headings and links. */
	title: localizedText(3, 80),
	/** One line saying what the topic covers. */
	description: localizedText(10, 200),
});

/** One entry of the edition's claimant list (content/claimants.yml): how a claimant's page presents them. */
export const claimantEntrySchema = z.strictObject({
	/** Stable public id: forms the URL /claimants/<id>/. */
	id: slug,
	/** The name the page shows; claim files that give this name are listed on it. */
	name: text(2, 120),
	/** Other names claim files give this claimant, merged onto its page. */
	aliases: z.array(text(2, 120), { error: 'must be a list of names' }).default([]),
	/** Addresses of the claimant's profiles elsewhere (an encyclopedia entry, an official site). */
	sameAs: z.array(webUrl, { error: 'must be a list of addresses' }).default([]),
});

export type ClaimData = z.infer<ContentSchemas['claimSchema']>;
export type RecordData = z.infer<ContentSchemas['recordSchema']>;
export type TopicData = z.infer<typeof topicSchema>;
export type ClaimantEntryData = z.infer<typeof claimantEntrySchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type SourceStance = z.infer<typeof sourceStanceSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Contact = z.infer<typeof contactSchema>;

/**
 * The frontmatter of a check's translation (content/claims/<lang>/<id>.md, the original being
 * content/claims/<id>.md): its own words for what readers read, and nothing else. Verdict,
 * sources, stances, evidence, claimant, topics and dates come from the original, so the two
 * cannot disagree; a field the original owns is refused here by name (src/validator/check-translations.ts).
 */
export const translationSchema = z.strictObject({
	/** The claim in the translation's language (a quoted claim: the translator's rendering of the words). */
	claim: texts.claim,
	/** The verdict's one-paragraph summary, translated. */
	summary: texts.summary,
	/** Who translated it, as the page credits them. */
	translator: text(2, 120),
	/** The day the translation was finished or last brought up to date with the original. */
	translated: isoDay,
	/** Where and how the claim appeared (the original's `appeared.context`), translated. */
	context: texts.context.optional(),
	/** The original's `contact` texts, translated: `reason` where the desk did not ask, `whom` and `answer` where it did. */
	contact: z
		.strictObject({
			reason: texts.contactReason.optional(),
			whom: texts.contactWhom.optional(),
			answer: texts.contactAnswer.optional(),
		})
		.optional(),
	/**
	 * Renderings of the quoted passages, by source id: the page shows each passage verbatim, in its
	 * article's language, with this rendering beside it marked as a translation.
	 */
	quotes: z.record(slug, text(1, 1200), { error: 'must map source ids to renderings' }).default({}),
	/** The stance notes, translated, by source id. */
	notes: z.record(slug, texts.stanceNote, { error: 'must map source ids to notes' }).default({}),
	/** The evidence notes, translated, by the evidence item's `url`. */
	evidenceNotes: z
		.record(z.string(), texts.evidenceNote, { error: 'must map evidence addresses to notes' })
		.default({}),
	/**
	 * The notes of the original's update log, translated, in its order (entry 1 first): the log only
	 * grows, so entries the original adds later show in its language until translated here.
	 */
	log: z.array(texts.logNote, { error: 'must be a list of notes' }).default([]),
});

export type TranslationData = z.infer<typeof translationSchema>;

/**
 * The site's collections: claims, sources, and the edition's editorial pages (MDX, by its staff). Schemas come from src/lib/schema.ts (those naming a rating bound to the edition's scale in src/edition/schema.ts), which the contributor
 * validator uses too. Claim files are read as Markdown only (never MDX): they are data.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { withDraftStandIns } from './dev/draft-stand-ins.ts';
import { claimFilePattern } from './lib/focused-preview.ts';
import {
	claimantEntrySchema,
	editorialPageSchema,
	sourceSchema,
	topicSchema,
	translationSchema,
} from './lib/schema.ts';
import { furtherLanguages } from './edition/languages.ts';
import { site } from './edition/site.ts';
import { translatedClaimsLoader, translationsLoader } from './lib/translation-loader.ts';
import { claimSchema, recordSchema } from './edition/schema.ts';
import { checkClaimants, checkTopics, loadList } from './validator/check-lists.ts';
import { contentDirs, hasRecords } from './lib/edition-files.ts';

/** Whether this build makes one of the site's further languages (its settings' `locales`). */
const translated = site.language.prefix !== '';

const claims = defineCollection({
	// A claim's raw Markdown is never shown (pages render it): leaving it out keeps the data store,
	// which `astro dev` rewrites on every edit, a third smaller. A focused preview loads one claim.
	// A further language's build has the checks translated into it (content/claims/<lang>/).
	loader: translated
		? translatedClaimsLoader(site.lang)
		: glob({ base: `./${contentDirs.claims}`, pattern: claimFilePattern(), retainBody: false }),
	// `npm run dev` shows drafts that still hold placeholders; the build refuses them (the validator runs first).
	schema: import.meta.env.DEV ? z.preprocess(withDraftStandIns, claimSchema) : claimSchema,
});

const sources = defineCollection({
	loader: glob({ base: `./${contentDirs.sources}`, pattern: '*.md' }),
	schema: sourceSchema,
});

// Every language's pages in every language's build ("about", "es-mx/about"), each build showing its
// own: the builds share Astro's map of MDX modules (.astro/), which must list the same files.
const pages = defineCollection({
	loader: glob({
		base: `./${contentDirs.pages}`,
		pattern: ['*.mdx', ...furtherLanguages.map((lang) => `${lang}/*.mdx`)],
	}),
	schema: editorialPageSchema,
});

/** What withdrawn and renamed checks leave at their old ids (content/records/; optional). */
const records = defineCollection({
	loader: hasRecords('.')
		? glob({ base: `./${contentDirs.records}`, pattern: '*.md', retainBody: false })
		: () => [],
	schema: recordSchema,
});

/** The edition's topics (content/topics.yml; none when the file is absent). */
const topics = defineCollection({
	loader: () => loadList(checkTopics('.')),
	schema: topicSchema,
});

/** Names, aliases and profiles of the edition's claimants (content/claimants.yml; optional). */
const claimants = defineCollection({
	loader: () => loadList(checkClaimants('.')),
	schema: claimantEntrySchema,
});

/** Every check's translations into the site's further languages (content/claims/<lang>/<id>.md), in every language's build. */
const translations = defineCollection({
	loader: translationsLoader(furtherLanguages, translated),
	schema: translationSchema.extend({
		/** Its entry's id ("<lang>/<check>"), its language, the check's id, and, in a further language's build, the claim as the original words it. */
		id: z.string(),
		lang: z.string(),
		check: z.string(),
		originalClaim: z.string().optional(),
	}),
});

export const collections = { claims, sources, pages, records, topics, claimants, translations };

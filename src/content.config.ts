/**
 * The site's two collections. Schemas come from src/lib/schema.ts, which the contributor
 * validator uses too. Claim files are read as Markdown only (never MDX): they are data.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { claimFilePattern } from './lib/focused-preview.ts';
import { claimSchema, sourceSchema } from './lib/schema.ts';
import { contentDirs } from './validator/validate-project.ts';

const claims = defineCollection({
	// A claim's raw Markdown is never shown (pages render it): leaving it out keeps the data store,
	// which `astro dev` rewrites on every edit, a third smaller. A focused preview loads one claim.
	loader: glob({ base: `./${contentDirs.claims}`, pattern: claimFilePattern(), retainBody: false }),
	schema: claimSchema,
});

const sources = defineCollection({
	loader: glob({ base: `./${contentDirs.sources}`, pattern: '*.md' }),
	schema: sourceSchema,
});

export const collections = { claims, sources };

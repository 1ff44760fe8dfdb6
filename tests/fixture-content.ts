/**
 * Another fixture edition's content and rating scale, for a test that browses that edition
 * whatever edition it runs on (tests/e2e/editions.spec.ts, embed-long-claims.spec.ts): its claims
 * are read on its own scale, with its own labels, not on the scale of the site under test.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentUnder } from '../scripts/lib/content-files.ts';
import { loadDictionary } from '../src/i18n/dictionary.ts';
import { ratingScale } from '../src/lib/ratings.ts';
import { contentSchemas } from '../src/lib/schema.ts';
import { settingsSchema, type SiteSettings } from '../src/lib/settings.ts';
import { fixtureDir } from './test-edition.ts';

/** The fixture edition `name`'s claims, sources and records, and its bound rating scale. */
export async function fixtureContent(name: string) {
	const file = pathToFileURL(join(fixtureDir(name), 'site.ts')).href;
	const settings = settingsSchema.parse(
		((await import(file)) as { default: SiteSettings }).default,
	);
	const { messages } = await loadDictionary(settings.lang);
	const scale = ratingScale(settings.ratings, settings.lang, (key) =>
		key in messages ? messages[key as keyof typeof messages] : undefined,
	);
	return { ...contentUnder(fixtureDir(name), contentSchemas(scale.ratingIds)), scale };
}

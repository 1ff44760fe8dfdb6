/**
 * The content loaders of a site in several languages: every translation's own data (the
 * `translations` collection, in every language's build, for the language switch and open data),
 * and, in a further language's build, its claims: the translated checks, each its original's
 * data with the translated texts laid over it and the translated analysis rendered.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Loader } from 'astro/loaders';
import { claimFile, contentDirs } from './edition-files.ts';
import { translationSchema } from './schema.ts';
import { translatedClaimData } from './translations.ts';

/** A translation file: its language, its check's id and where it is, relative to the project root. */
interface TranslationFile {
	readonly lang: string;
	readonly id: string;
	readonly path: string;
}

/** The translation files of the given languages (content/claims/<lang>/<id>.md), by language then id. */
export function translationFiles(root: string, langs: readonly string[]): TranslationFile[] {
	return langs.flatMap((lang) => {
		const dir = join(contentDirs.claims, lang);
		if (!existsSync(join(root, dir))) return [];
		return readdirSync(join(root, dir))
			.filter((name) => name.endsWith('.md') && !name.startsWith('.'))
			.sort()
			.map((name) => name.slice(0, -'.md'.length))
			.map((id) => ({ lang, id, path: claimFile(id, lang) }));
	});
}

/**
 * Every translation's data with its language and its check's id; entry ids are "<lang>/<id>".
 * With `originalClaims`, each also carries the claim as its original words it, read from the
 * original's file: a further language's build shows it, where the default language's has the
 * originals as its claims and needs no second reading of them.
 */
export function translationsLoader(langs: readonly string[], originalClaims: boolean) {
	return () =>
		translationFiles('.', langs).map(({ lang, id, path }) => {
			const original = claimFile(id);
			return {
				...(matter(readFileSync(path, 'utf8')).data as Record<string, unknown>),
				id: `${lang}/${id}`,
				lang,
				check: id,
				...(originalClaims &&
					existsSync(original) && {
						originalClaim: String(matter(readFileSync(original, 'utf8')).data['claim'] ?? ''),
					}),
			};
		});
}

/** The checks translated into `lang`, as the claims collection of that language's build. */
export function translatedClaimsLoader(lang: string): Loader {
	return {
		name: 'crosscheck-translated-claims',
		async load(context) {
			const { store, watcher } = context;
			async function sync() {
				store.clear();
				for (const { id, path } of translationFiles('.', [lang])) {
					const originalPath = claimFile(id);
					if (!existsSync(originalPath)) continue;
					const originalText = readFileSync(originalPath, 'utf8');
					const translationText = readFileSync(path, 'utf8');
					const translation = matter(translationText);
					const data = await context.parseData({
						id,
						data: translatedClaimData(
							matter(originalText).data,
							translationSchema.parse(translation.data),
						),
						filePath: path,
					});
					store.set({
						id,
						data,
						filePath: path,
						digest: context.generateDigest(`${originalText}\n${translationText}`),
						rendered: await context.renderMarkdown(translation.content),
					});
				}
			}
			await sync();
			watcher?.on('all', (_event, changed) => {
				if (changed.replaceAll('\\', '/').includes(`/${contentDirs.claims}/`)) void sync();
			});
		},
	};
}

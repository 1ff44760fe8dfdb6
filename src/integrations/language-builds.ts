/**
 * A site in several languages is built one language at a time, each by its own `astro build`
 * with the engine bound to that language (CROSSCHECK_LOCALE, src/edition/site.ts): the further
 * languages first, each into its own folder (languageOutDir), then the default language, whose
 * pages can then link only to counterparts that exist. When the default language's build is
 * done, each further language's pages are copied under its folder (/es-mx/) before the
 * response headers are written over the whole site. A single-language site runs none of this.
 */
import { spawnSync } from 'node:child_process';
import { elapsed } from '../lib/elapsed.ts';
import { cpSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { languageOutDir, validatedVariable } from '../lib/language-builds.ts';
import type { SiteLanguage } from '../lib/settings.ts';

/** What a further language's build writes that only the site's root can use. */
const rootOnly = new Set(['_headers', 'robots.txt', '404.html']);

/** The `astro` command of this project, run with the Node.js running this build. */
const astroBin = () =>
	join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

export function languageBuilds(further: readonly SiteLanguage[]): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'crosscheck:language-builds',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:start': ({ logger }) => {
				for (const { lang } of further) {
					const started = performance.now();
					logger.info(`building the pages in ${lang}`);
					const run = spawnSync(process.execPath, [astroBin(), 'build'], {
						cwd: root,
						stdio: 'inherit',
						env: { ...process.env, CROSSCHECK_LOCALE: lang, [validatedVariable]: '1' },
					});
					if (run.status !== 0)
						throw new Error(`The build of the pages in ${lang} failed (see above).`);
					logger.info(`pages in ${lang} built (${elapsed(started)})`);
				}
			},
			'astro:build:done': ({ dir, logger }) => {
				for (const { lang, prefix } of further) {
					const target = join(fileURLToPath(dir), prefix);
					rmSync(target, { recursive: true, force: true });
					// The host reads the response headers, robots.txt and the missing page at the site's root only.
					cpSync(languageOutDir(root, prefix), target, {
						recursive: true,
						filter: (source) => !rootOnly.has(relative(languageOutDir(root, prefix), source)),
					});
					logger.info(`pages in ${lang} copied to ${prefix}/`);
				}
			},
		},
	};
}

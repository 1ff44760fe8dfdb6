/**
 * Writes `_headers` into the built site once Astro has written its pages (see
 * src/lib/response-headers.ts): security headers for every response, framing for embed cards
 * only, cross-origin reads of the open data, and a long cache life for files named by their content.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { elapsed } from '../lib/elapsed.ts';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules } from '../lib/response-headers.ts';

/** URL paths of the HTML pages under `root`: "index.html" is "/", "a/index.html" is "/a/". */
function pagePaths(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) =>
			`/${relative(root, join(root, file)).split(sep).join('/')}`.replace(
				/(^|\/)index\.html$/,
				'$1',
			),
		);
}

/** `languageFolders`: the folders of the site's further languages ("es-mx"), each with rules of its own. */
export function responseHeaders(languageFolders: readonly string[] = []): AstroIntegration {
	let base = '/';
	let assets = '_astro';
	return {
		name: 'crosscheck:response-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				assets = config.build.assets;
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const pages = pagePaths(root);
				writeFileSync(join(root, '_headers'), headerRules(pages, base, languageFolders, assets));
				logger.info(
					`response headers for ${pages.length} pages written to _headers (${elapsed(started)})`,
				);
			},
		},
	};
}

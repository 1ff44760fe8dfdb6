/**
 * Writes `_headers` into the built site once Astro has written its pages: embed cards may be
 * framed by any site, every other page refuses framing (see src/lib/frame-headers.ts).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { frameHeaderRules } from '../lib/frame-headers.ts';

/** URL paths of the HTML pages under `root`: "index.html" is "/", "a/index.html" is "/a/". */
function pagePaths(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${relative(root, join(root, file)).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
}

export function frameHeaders(): AstroIntegration {
	return {
		name: 'crosscheck:frame-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = pagePaths(root);
				writeFileSync(join(root, '_headers'), frameHeaderRules(pages));
				logger.info(`framing rules for ${pages.length} pages written to _headers`);
			},
		},
	};
}

/** /embed.js: the script embed (src/embed/loader.ts), bundled and minified with esbuild at build time. */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { site } from '../edition/site.ts';
import { t } from '../edition/i18n.ts';

export const GET: APIRoute = async () => {
	const { outputFiles } = await build({
		// Builds run from the project root (npm scripts do).
		entryPoints: [resolve('src/embed/loader.ts')],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2020',
		write: false,
		logLevel: 'silent',
		define: {
			CROSSCHECK_FRAME_TITLE: JSON.stringify(
				t('embed.scriptFrameTitle', { site: site.name, claim: '{claim}' }),
			),
		},
	});
	return new Response(outputFiles[0]?.text, {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
};

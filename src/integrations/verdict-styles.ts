/**
 * The verdict colours as CSS, made from the rating scale (src/lib/ratings.ts) so they are
 * defined once: every element with `data-verdict="<id>"` gets `--verdict` (its colour) and
 * `--verdict-ink` (the text colour that meets AA on it). Pages import the virtual module
 * `virtual:crosscheck/verdict-colors.css`, which Vite bundles with the site's other CSS into
 * a stylesheet file: no inline styles, so a strict Content Security Policy holds.
 */
import type { AstroIntegration } from 'astro';
import { ratings } from '../lib/ratings.ts';

const moduleId = 'virtual:crosscheck/verdict-colors.css';
const resolvedId = `\0${moduleId}`;

/** One rule per rating. */
export function verdictColorsCss(): string {
	return ratings.map((r) => `[data-verdict='${r.id}']{--verdict:${r.color};--verdict-ink:${r.ink}}`).join('\n');
}

export function verdictStyles(): AstroIntegration {
	return {
		name: 'crosscheck:verdict-styles',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'crosscheck:verdict-colors',
								resolveId: (id: string) => (id === moduleId ? resolvedId : undefined),
								load: (id: string) => (id === resolvedId ? verdictColorsCss() : undefined),
							},
						],
					},
				});
			},
		},
	};
}

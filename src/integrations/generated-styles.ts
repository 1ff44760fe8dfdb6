/**
 * Stylesheets generated from the site's data (src/styles/generated.ts), importable by pages as
 * if they were files: `import 'crosscheck:styles/verdict-colors.css'`. Astro then bundles them
 * like any stylesheet, so they fall under the Content Security Policy with the others (linked from
 * 'self', or inlined with a hash in the policy) instead of needing inline `style` attributes or
 * hand-hashed `<style>` blocks, and follow the policy's <meta> tag rather than preceding it.
 */
import type { AstroIntegration } from 'astro';
import { generatedStylesheets, type GeneratedStylesheet } from '../styles/generated.ts';
import { vitePluginIntegration } from './vite-plugin.ts';

const prefix = 'crosscheck:styles/';
/** Resolved ids keep the `.css` ending, so Vite and Astro treat the module as CSS. */
const resolvedPrefix = `\0${prefix}`;

const isGenerated = (name: string): name is GeneratedStylesheet =>
	Object.hasOwn(generatedStylesheets, name);

export const generatedStyles = (): AstroIntegration =>
	vitePluginIntegration({
		name: 'crosscheck:generated-styles',
		resolveId: (id) =>
			id.startsWith(prefix) && isGenerated(id.slice(prefix.length))
				? `${resolvedPrefix}${id.slice(prefix.length)}`
				: undefined,
		load: (id) => {
			if (!id.startsWith(resolvedPrefix)) return undefined;
			const name = id.slice(resolvedPrefix.length);
			return isGenerated(name) ? generatedStylesheets[name]() : undefined;
		},
	});

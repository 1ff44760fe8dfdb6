/** Integrations whose only work is one Vite plugin (generated stylesheets, the data store module). */
import type { AstroIntegration, AstroUserConfig } from 'astro';

/** One Vite plugin (not a list of them, nor a promise of one). */
type VitePlugin = Extract<
	NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number],
	{ name: string }
>;

/** An integration, named as its plugin is, that adds `plugin` to Astro's Vite configuration. */
export const vitePluginIntegration = (plugin: VitePlugin): AstroIntegration => ({
	name: plugin.name,
	hooks: {
		'astro:config:setup': ({ updateConfig }) => {
			updateConfig({ vite: { plugins: [plugin] } });
		},
	},
});

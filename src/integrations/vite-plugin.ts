/** Integrations whose only work is one Vite plugin (generated stylesheets, the data store module). */
import type { AstroIntegration, AstroUserConfig } from 'astro';

type VitePlugin = NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number];

/** An integration named `name` that adds `plugin` to Astro's Vite configuration. */
export const vitePluginIntegration = (name: string, plugin: VitePlugin): AstroIntegration => ({
	name,
	hooks: {
		'astro:config:setup': ({ updateConfig }) => {
			updateConfig({ vite: { plugins: [plugin] } });
		},
	},
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/config/site.ts';
import { validateContent } from './src/integrations/validate-content.ts';

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [validateContent(), mdx()],
});

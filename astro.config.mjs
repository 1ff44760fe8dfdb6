// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/config/site.ts';
import { frameHeaders } from './src/integrations/frame-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { validateContent } from './src/integrations/validate-content.ts';

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [validateContent(), mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), searchIndex(), frameHeaders()],
});

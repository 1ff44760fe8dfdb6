// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { site } from './src/lib/site.ts';
import { safeHtml } from './src/markdown/safe-html.ts';
import { responseHeaders } from './src/integrations/response-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { verdictStyles } from './src/integrations/verdict-styles.ts';

export default defineConfig({
	site: site.url,
	// A site served below its host's root (https://org.github.io/checks/) is built for that path.
	base: site.base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Keep Astro's fast native Markdown engine; the plugin strips what claim files may not contain.
	markdown: { processor: satteri({ hastPlugins: [safeHtml] }) },
	// Pages whose getStaticPaths() entry carries a cacheKey (src/lib/cache-key.ts) and whose code is
	// unchanged are copied from the last build's output instead of rendered again.
	experimental: { incrementalBuild: true },
	integrations: [validateContent(), verdictStyles(), mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), searchIndex(), responseHeaders()],
});

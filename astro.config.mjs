// @ts-check
import { URL } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { site } from './src/edition/site.ts';
import { paths } from './src/edition/paths.ts';
import { recordIds } from './src/lib/edition-files.ts';
import { safeHtml } from './src/markdown/safe-html.ts';
import { dataStoreModule } from './src/integrations/data-store-module.ts';
import { filesBesidePages } from './src/integrations/files-beside-pages.ts';
import { generatedStyles } from './src/integrations/generated-styles.ts';
import { responseHeaders } from './src/integrations/response-headers.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { validateContent } from './src/integrations/validate-content.ts';
import { languageBuilds } from './src/integrations/language-builds.ts';
import { languageCacheDir, languageOutDir } from './src/lib/language-builds.ts';
import { counterparts } from './src/edition/languages.ts';

const retiredChecks = recordIds('.').map((id) => paths.claim(id));
// A further language (CROSSCHECK_LOCALE) is built apart, into a folder the default language's
// build copies under /<lang>/ (src/integrations/language-builds.ts).
const { prefix } = site.language;
const furtherLanguages = prefix ? [] : site.languages.slice(1);

export default defineConfig({
	site: site.url,
	// A site served below its host's root (https://org.github.io/checks/) is built for that path.
	base: site.base,
	...(prefix && { outDir: languageOutDir('.', prefix), cacheDir: languageCacheDir('.', prefix) }),
	trailingSlash: 'always',
	// Pages link the bundled stylesheets rather than each carrying copies of the small ones (Astro's
	// default inlines those under 4 KB), which the browser then caches for the whole site; the
	// Content Security Policy then needs no hash for them ('self'). Four pages are rendered at a time
	// instead of one, so one page's render fills the time another waits for its file to be written:
	// the output is byte for byte the same, and at 2,000 claims a cold build took a median 37.6 s
	// against 42.9 (docs/performance.md, "fifth round").
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// Keep Astro's fast native Markdown engine; the plugin strips what claim files may not contain.
	// No syntax highlighting: Shiki colors code with style attributes, which the policy below refuses.
	markdown: { processor: satteri({ hastPlugins: [safeHtml] }), syntaxHighlight: false },
	// Pages whose getStaticPaths() entry carries a cacheKey (src/lib/cache-key.ts) and whose code is
	// unchanged are copied from the last build's output instead of rendered again.
	experimental: { incrementalBuild: true },
	// A strict Content Security Policy in a <meta> tag on every page (see README, "Content Security
	// Policy"): to these directives Astro adds script-src and style-src, with 'self' and the hash of
	// every script and style it bundles. Framing is the response headers' job (src/lib/response-headers.ts).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	integrations: [
		validateContent(),
		dataStoreModule(),
		generatedStyles(),
		mdx(),
		// Each claim's record, oEmbed answer, badge and social card are written after the pages,
		// not rendered as pages (src/lib/files-beside-pages.ts).
		filesBesidePages(),
		// The sitemap lists the checks that stand: a withdrawn check's address says it was
		// withdrawn (the corrections page links it), and a renamed one's leads to its new address.
		sitemap({
			filter: (page) =>
				!page.includes('/embed/') && !retiredChecks.some((path) => page.endsWith(path)),
			// Each page's counterparts in the site's other languages, where they exist.
			serialize: (item) => {
				const links = counterparts(new URL(item.url).pathname);
				return links.length > 1
					? { ...item, links: links.map(({ lang, url }) => ({ lang, url })) }
					: item;
			},
		}),
		searchIndex(),
		languageBuilds(furtherLanguages),
		responseHeaders(furtherLanguages.map((language) => language.prefix)),
	],
});

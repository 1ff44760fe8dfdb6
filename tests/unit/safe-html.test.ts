import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { safeHtml } from '../../src/markdown/safe-html.ts';
import { site } from '../../src/edition/site.ts';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [safeHtml] }).html;

test('external links get rel="nofollow noopener noreferrer ugc"; site links do not', () => {
	const html = render('[a](https://www.gob.mx/x) and [b](/claims/x/) and [c](#top)');
	assert.match(
		html,
		/<a href="https:\/\/www.gob.mx\/x" rel="nofollow noopener noreferrer ugc">a<\/a>/,
	);
	assert.match(html, /<a href="\/claims\/x\/">b<\/a>/);
	assert.match(html, /<a href="#top">c<\/a>/);
});

test('raw HTML, images and script links never reach the page', () => {
	const html = render(
		'Hi <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n![i](https://example.org/i.png) [x](javascript:alert(1)) [y](data:text/html,hi)\n\n<iframe src="https://example.org"></iframe>',
	);
	assert.doesNotMatch(html, /<script|<img|<iframe|onerror|javascript:|data:text/i);
	// A link to a script URL keeps its text, without the link.
	assert.match(html, /<p> x y<\/p>/);
});

test('on a demonstration edition, a link to a placeholder address keeps its words and is no link', () => {
	// The fixture edition is a demonstration, as a new site from `npm run new-site` is; its
	// About template links the repository the settings name, which may still be a placeholder.
	assert.equal(site.demo, true);
	const html = render(
		'Our [repository](https://github.example/desk/checks) and [tracker](https://x.example.org/i).',
	);
	assert.equal(html.trim(), '<p>Our repository and tracker.</p>');
	assert.match(render('[real](https://github.com/desk/checks)'), /<a href="https:\/\/github.com/);
});

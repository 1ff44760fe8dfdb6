/**
 * A Sätteri HTML-tree plugin: the second line of defence behind the validator. Whatever a
 * Markdown file says, the page gets no raw HTML, no images, no link to a script URL, and
 * external links that open safely and pass no ranking credit. It runs on the editorial MDX
 * pages too, and puts links written from the site's root (`/methodology/`) under its base path.
 * On a demonstration edition (`demo: true`) a link to a placeholder address (`.example`) keeps
 * its words but is no link, as everywhere else on such a site (src/lib/contact.ts).
 */
import { defineHastPlugin } from 'satteri';
import { site } from '../edition/site.ts';
import { withBase } from '../edition/paths.ts';
import { isPlaceholderAddress } from '../lib/placeholders.ts';

/** rel for links that leave the site from text written by contributors. */
export const externalRel = ['nofollow', 'noopener', 'noreferrer', 'ugc'];

const external = /^https?:\/\//i;
const allowed = /^(?:https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** A root-relative path ("/about/"), not a protocol-relative URL, and not yet under the base. */
const needsBase = (href: string) =>
	href.startsWith('/') &&
	!href.startsWith('//') &&
	!(site.base !== '/' && href.startsWith(site.base));

export const safeHtml = defineHastPlugin({
	name: 'crosscheck-safe-html',
	raw(node, ctx) {
		ctx.removeNode(node);
	},
	element: [
		{
			filter: ['a'],
			visit(node, ctx) {
				const href = String(node.properties?.href ?? '');
				const unlinked = !allowed.test(href) || (site.demo && isPlaceholderAddress(href));
				if (unlinked) ctx.replaceNode(node, [...node.children]);
				else if (external.test(href)) ctx.setProperty(node, 'rel', externalRel);
				else if (needsBase(href)) ctx.setProperty(node, 'href', withBase(href));
			},
		},
		{
			filter: ['img', 'script', 'style', 'iframe', 'object', 'embed', 'form'],
			visit(node, ctx) {
				ctx.removeNode(node);
			},
		},
	],
});

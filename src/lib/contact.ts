/**
 * How readers reach the desk, from the settings: the addresses the site may link (a demonstration
 * edition links no placeholder, src/lib/placeholders.ts) and each claim's "report an error".
 */
import { isPlaceholderAddress } from './placeholders.ts';
import type { Site } from './settings.ts';

type ContactSettings = Pick<Site, 'demo' | 'contact' | 'issuesUrl' | 'repository'>;

/** An address the site may link, or undefined: a placeholder on a demonstration edition is left out. */
const linkable = (site: ContactSettings, address: string | undefined) =>
	address !== undefined && !(site.demo && isPlaceholderAddress(address)) ? address : undefined;

/** The desk's email address and contact form, and the issue tracker, where the site may link them. */
export function contactLinks(site: ContactSettings) {
	const email = linkable(site, site.contact.email);
	return {
		email,
		mailto: email && `mailto:${email}`,
		form: linkable(site, site.contact.form),
		issues: linkable(site, site.issuesUrl),
	};
}

/** Whether the site may link into its repository (edit and history links on claim pages). */
export const repositoryLinked = (site: ContactSettings) =>
	linkable(site, site.repository.url) !== undefined;

/**
 * Where a reader reports an error in one check: an email to the desk with `subject` (which names
 * the check's address), else the contact form, else a new issue titled `subject`; undefined
 * when the site has none of them to link.
 */
export function reportErrorHref(site: ContactSettings, subject: string): string | undefined {
	const { email, form, issues } = contactLinks(site);
	if (email) return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
	if (form) return form;
	if (issues) return `${issues}/new?title=${encodeURIComponent(subject)}`;
	return undefined;
}

/**
 * Links are what they seem: an evidence or source URL whose host a reader would misread is
 * refused. A user-info part (`https://reuters.com@other.example/` leads to other.example) and
 * a host label that mixes writing systems (a Cyrillic "а" among Latin letters, written in
 * punycode as xn--…) are the two ways a link hides where it goes.
 */
import { domainToUnicode } from 'node:url';

/** Writing systems that may share a label (UTS #39, "highly restrictive"): Japanese, Chinese and Korean with Latin. */
const allowedMixes: readonly (readonly string[])[] = [
	['Latin', 'Han', 'Hiragana', 'Katakana'],
	['Latin', 'Han', 'Bopomofo'],
	['Latin', 'Han', 'Hangul'],
];

const scripts = [
	'Latin',
	'Cyrillic',
	'Greek',
	'Armenian',
	'Hebrew',
	'Arabic',
	'Devanagari',
	'Bengali',
	'Thai',
	'Georgian',
	'Hangul',
	'Hiragana',
	'Katakana',
	'Bopomofo',
	'Han',
	'Cherokee',
	'Ethiopic',
] as const;
const scriptPatterns = scripts.map(
	(name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const,
);

/** Cyrillic and Greek letters that look like Latin ones: a label made only of them imitates a Latin name. */
const latinLookalikes = /^[аеіјоорсуухѕԁɡһԛԝхүӏАВЕКМНОРСТХІЈЅԜαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ\d-]+$/u;

function scriptsOf(label: string): Set<string> {
	const found = new Set<string>();
	for (const char of label) {
		const script = scriptPatterns.find(([, pattern]) => pattern.test(char))?.[0];
		if (script) found.add(script);
		else if (/\p{L}/u.test(char)) found.add('other');
	}
	return found;
}

/** Why `url` does not go where it seems to, and what to do, or null when it is plain. */
export function linkProblem(url: string): { message: string; hint: string } | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null; // the URL check proper reports it
	}
	if (parsed.username !== '' || parsed.password !== '')
		return {
			message: `must not have a user name before "@": this link leads to ${parsed.hostname}`,
			hint: 'copy the address from the browser\'s address bar, without anything before an "@"',
		};
	const host = domainToUnicode(parsed.hostname);
	for (const label of host.split('.')) {
		const used = scriptsOf(label);
		const mixed =
			used.size > 1 && !allowedMixes.some((mix) => [...used].every((s) => mix.includes(s)));
		const imitation = used.size === 1 && !used.has('Latin') && latinLookalikes.test(label);
		if (mixed || imitation)
			return {
				message: `the host "${host}" (${parsed.hostname}) ${mixed ? 'mixes writing systems' : 'imitates Latin letters'} in "${label}", so it can pass for another site's address`,
				hint: "copy the address from the browser's address bar; if the site really uses this name, ask a maintainer",
			};
	}
	return null;
}

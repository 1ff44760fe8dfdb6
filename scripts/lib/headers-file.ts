/**
 * Reads a `_headers` file (the Netlify and Cloudflare Pages format) and says which headers a
 * URL path gets, so the test server answers as those hosts would. Where several rules match,
 * all apply and a header set twice has its values joined with ", " (Cloudflare's rule, the
 * stricter of the two: a rule that only works by overriding another fails here).
 */

export interface HeaderRule {
	/** The path pattern: `*` matches anything (slashes too), `:name` one path segment. */
	readonly pattern: string;
	readonly headers: readonly (readonly [name: string, value: string])[];
}

/** The rules in a `_headers` file, in order. Throws on a header line before any path. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: { pattern: string; headers: [string, string][] }[] = [];
	text.split(/\r?\n/).forEach((line, i) => {
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: trimmed, headers: [] });
			return;
		}
		const colon = trimmed.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon < 1)
			throw new Error(
				`_headers line ${i + 1}: expected "Name: value" under a path, found "${trimmed}"`,
			);
		rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
	});
	return rules;
}

function patternToRegExp(pattern: string): RegExp {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/** The headers every matching rule gives `path` (lowercase names; repeated values joined). */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!patternToRegExp(rule.pattern).test(path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
		}
	}
	return headers;
}

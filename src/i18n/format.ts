/**
 * A small message format for the dictionaries: `{name}` puts in a value, and
 * `{name, plural, one {# claim} other {# claims}}` picks the form the language's plural rules
 * give for a number (`#` is the number, formatted for the language), and `{name, quote}` puts in
 * a value between the language's quotation marks (the `quote` function the caller passes, so
 * every message quotes alike). No other syntax.
 */
export type MessageValues = Readonly<Record<string, string | number>>;

interface NumberRules {
	readonly numbers: Intl.NumberFormat;
	readonly plurals: Intl.PluralRules;
}

/** Each language's number format and plural rules, made once: a build formats messages on every page, and making them is most of the cost. */
const rulesByLang = new Map<string, NumberRules>();

function numberRules(lang: string): NumberRules {
	let rules = rulesByLang.get(lang);
	if (!rules) {
		rules = { numbers: new Intl.NumberFormat(lang), plurals: new Intl.PluralRules(lang) };
		rulesByLang.set(lang, rules);
	}
	return rules;
}

/** Fill in a message. A value the message names but `values` lacks is an error, never a blank. */
export function formatMessage(
	message: string,
	values: MessageValues,
	lang: string,
	quote?: (text: string) => string,
): string {
	if (!message.includes('{')) return message;
	const { numbers, plurals } = numberRules(lang);
	const valueOf = (name: string) => {
		const value = values[name];
		if (value === undefined)
			throw new Error(`The message "${message}" needs a value for {${name}}.`);
		return value;
	};
	const show = (value: string | number) =>
		typeof value === 'number' ? numbers.format(value) : value;
	let out = '';
	let i = 0;
	while (i < message.length) {
		const open = message.indexOf('{', i);
		if (open === -1) {
			out += message.slice(i);
			break;
		}
		out += message.slice(i, open);
		const close = matchingBrace(message, open);
		const inner = message.slice(open + 1, close);
		const plural = /^\s*(\w+)\s*,\s*plural\s*,(.*)$/s.exec(inner);
		const quoted = /^\s*(\w+)\s*,\s*quote\s*$/.exec(inner);
		if (quoted) {
			if (!quote)
				throw new Error(`The message "${message}" quotes a value but has no quotation marks.`);
			out += quote(String(show(valueOf(quoted[1] ?? ''))));
		} else if (plural) {
			const [, name = '', forms = ''] = plural;
			const count = Number(valueOf(name));
			const options = pluralForms(forms, message);
			const chosen =
				options.get(`=${count}`) ?? options.get(plurals.select(count)) ?? options.get('other');
			if (chosen === undefined) throw new Error(`The message "${message}" has no "other" form.`);
			out += formatMessage(chosen.replaceAll('#', numbers.format(count)), values, lang, quote);
		} else {
			out += show(valueOf(inner.trim()));
		}
		i = close + 1;
	}
	return out;
}

function matchingBrace(message: string, open: number): number {
	let depth = 0;
	for (let i = open; i < message.length; i++) {
		if (message[i] === '{') depth++;
		else if (message[i] === '}' && --depth === 0) return i;
	}
	throw new Error(`The message "${message}" has an unclosed "{".`);
}

function pluralForms(forms: string, message: string): Map<string, string> {
	const options = new Map<string, string>();
	let i = 0;
	while (i < forms.length) {
		const selector = /\s*(=?\w+)\s*\{/y;
		selector.lastIndex = i;
		const match = selector.exec(forms);
		if (!match) {
			if (forms.slice(i).trim() === '') break;
			throw new Error(`The message "${message}" has a plural form that is not "name {text}".`);
		}
		const open = selector.lastIndex - 1;
		const close = matchingBrace(forms, open);
		options.set(match[1] ?? '', forms.slice(open + 1, close));
		i = close + 1;
	}
	return options;
}

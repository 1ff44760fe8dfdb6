/**
 * The shape of an edition's settings file (src/config/site.ts), parsed like content: a bad
 * setting stops the build with the file, the setting and what is wrong, and defaults live here.
 * The engine reads the parsed result only; nothing in it knows any one edition.
 */
import { z } from 'astro/zod';
import { contrast, minimumTextContrast } from './contrast.ts';
import { icons, type IconShape } from './icons.ts';
import { canonicalTag, languageTagPattern } from './language-tags.ts';
import { defaultScale } from './ratings.ts';
import { defaultPathWords, pathWordKeys, reservedPathWords, type PathWords } from './routes.ts';

/** Where an edition's settings live, for messages and for tools that rewrite them. */
export const settingsFile = 'src/config/site.ts';

const text = (max: number) =>
	z
		.string({ error: 'must be text' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `must be at most ${max} characters` });
const quoteMark = z
	.string({ error: 'must be a quotation mark' })
	.min(1, { error: 'must not be empty' })
	.max(3, { error: 'must be at most 3 characters' })
	.refine((mark) => !/[\s\p{L}\p{N}]/u.test(mark), {
		error: 'must be punctuation, without letters, digits or spaces',
	});
const webUrl = z.url({
	protocol: /^https?$/,
	error: 'must be an absolute http:// or https:// URL',
});
const pathWord = z
	.string({ error: 'must be a word for the address, such as "claims"' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error:
			'must be a lowercase slug: letters a-z and digits, words joined by single hyphens (such as "claims" or "quien-lo-dijo")',
	});

/** The section words a site chose, each optional. */
const chosenWords = z.strictObject({
	/** A claim's check: /claims/<id>/. */
	claims: pathWord.optional(),
	/** The source articles: /sources/, /sources/<id>/. */
	sources: pathWord.optional(),
	/** The rating scale and each rating's claims: /verdicts/, /verdicts/<rating>/. */
	verdicts: pathWord.optional(),
	/** Who made the claims: /claimants/, /claimants/<id>/. */
	claimants: pathWord.optional(),
	/** What the claims are about: /topics/, /topics/<id>/. */
	topics: pathWord.optional(),
	/** Every correction and update: /corrections/. */
	corrections: pathWord.optional(),
	/** The search page: /search/. */
	search: pathWord.optional(),
});
type ChosenWords = z.infer<typeof chosenWords>;

/** `chosen` over `fallback`, word by word. */
const fillWords = (chosen: ChosenWords, fallback: PathWords): PathWords => {
	const words = { ...fallback };
	for (const key of pathWordKeys) words[key] = chosen[key] ?? words[key];
	return words;
};

/** What is wrong with a language's section words: each its own, and none a folder the site already uses. */
function pathWordProblems(words: PathWords): { key: string; message: string }[] {
	const problems: { key: string; message: string }[] = [];
	const sectionOf = new Map<string, string>();
	for (const key of pathWordKeys) {
		const word = words[key];
		const other = sectionOf.get(word);
		if (reservedPathWords.includes(word))
			problems.push({
				key,
				message: `"${word}" is a folder the site already uses (${reservedPathWords.map((w) => `${w}/`).join(', ')}): choose another word`,
			});
		else if (other !== undefined)
			problems.push({
				key,
				message: `"${word}" is already the word for paths.${other}: each section needs its own word`,
			});
		sectionOf.set(word, key);
	}
	return problems;
}

/** The section words a site chose, over the default ones; each its own, and none a folder the site already uses. */
const pathWords = chosenWords
	.default({})
	.transform((chosen) => fillWords(chosen, defaultPathWords))
	.superRefine((words, context) => {
		for (const { key, message } of pathWordProblems(words))
			context.addIssue({ code: 'custom', path: [key], message });
	});

const languageTag = z
	.string({ error: 'must be a language tag such as "en" or "es"' })
	.regex(languageTagPattern, { error: 'must be a language tag such as "en" or "es"' })
	.refine((tag) => canonicalTag(tag) !== undefined, {
		error: 'must be a well-formed BCP 47 language tag such as "en", "es" or "es-MX"',
	})
	.transform((tag) => canonicalTag(tag) ?? tag);

/** What the edition checks, in one language. */
const topicSetting = z.strictObject({
	/** The topic as a heading, on the home page and in feeds ("Claims about …"). */
	title: text(200),
	/** One or two sentences on what is checked and from which reports, for the home page and search results. */
	description: text(400).optional(),
});

/** A further language of the site: its tag, and where it differs, its section words and topic. */
const localeSetting = z
	.union(
		[
			languageTag,
			z.strictObject({
				lang: languageTag,
				/** Its section words; each left out is its dictionary's (path.claims: /es-mx/verificaciones/). */
				paths: chosenWords.optional(),
				/** The edition's topic in this language; the default language's where left out. */
				topic: topicSetting.optional(),
			}),
		],
		{ error: 'must be a language tag such as "es-MX", or { lang, paths, topic }' },
	)
	.transform((locale) => (typeof locale === 'string' ? { lang: locale } : locale));

/** Text written once, or once per language tag ({ en: 'Correct', es: 'Correcto' }). */
const localizedText = (max: number) =>
	z.union([text(max), z.record(z.string().regex(languageTagPattern), text(max))], {
		error: `must be text, or one text per language tag ({ en: '…', es: '…' })`,
	});
const colour = z
	.string({ error: 'must be a colour written #rrggbb, such as "#115e54"' })
	.regex(/^#[0-9a-f]{6}$/i, { error: 'must be a colour written #rrggbb, such as "#115e54"' });
const iconShapes = Object.keys(icons) as [IconShape, ...IconShape[]];

/** One rating of the scale; its label and meaning default to the dictionary's `verdict.<id>` and `verdict.<id>.meaning`. */
const ratingSetting = z.strictObject({
	/** Lowercase letters, digits and single hyphens: claim files write it (`verdict:`) and it forms /verdicts/<id>/. */
	id: z.string({ error: 'must be text' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'must be lowercase letters, digits and single hyphens, such as "mostly-true"',
	}),
	/** The label readers see: one text, or one per language tag. */
	label: localizedText(40).optional(),
	/** What the rating means, in one sentence: one text, or one per language tag. */
	meaning: localizedText(300).optional(),
	/** The badge's background, #rrggbb. */
	color: colour,
	/** The badge's text colour, #rrggbb; must meet WCAG AA (4.5:1) on `color`. */
	ink: colour,
	/** The shape beside the label, so colour is never the only cue (src/lib/icons.ts). */
	icon: z.enum(iconShapes, { error: `must be one of the icons: ${iconShapes.join(', ')}` }),
	/** The rating's place on the truth scale, higher is truer (ClaimReview's ratingValue); null for a rating off the scale, such as "unproven". */
	value: z.int({ error: 'must be a whole number, or null for a rating off the scale' }).nullable(),
});

/** Unique ids, distinct values, readable badges: what no single rating can check alone. */
function checkScale(
	scale: readonly z.infer<typeof ratingSetting>[],
	ctx: z.RefinementCtx<readonly z.infer<typeof ratingSetting>[]>,
) {
	scale.forEach((rating, index) => {
		const before = scale.slice(0, index);
		const same = before.findIndex((other) => other.id === rating.id);
		if (same !== -1)
			ctx.addIssue({
				code: 'custom',
				path: [index, 'id'],
				message: `"${rating.id}" is already the id of ratings[${same}]: give each rating its own id`,
			});
		const sameValue = before.findIndex(
			(other) => other.value !== null && other.value === rating.value,
		);
		if (sameValue !== -1)
			ctx.addIssue({
				code: 'custom',
				path: [index, 'value'],
				message: `${rating.value} is already the value of ratings[${sameValue}]: give each rating on the scale its own value`,
			});
		const ratio = contrast(rating.ink, rating.color);
		if (ratio < minimumTextContrast)
			ctx.addIssue({
				code: 'custom',
				path: [index, 'ink'],
				message: `"${rating.ink}" on "${rating.color}" has a contrast of ${ratio.toFixed(2)}:1, below WCAG AA's ${minimumTextContrast}:1: choose a darker ink or a lighter color (or the reverse)`,
			});
	});
	if (scale.filter((rating) => rating.value !== null).length < 2)
		ctx.addIssue({
			code: 'custom',
			message: 'must place at least two ratings on the scale (a value that is not null)',
		});
}

export const settingsSchema = z.strictObject({
	/** Display name, in titles, the header, embeds, badges and social cards. */
	name: text(60),
	/** Where the site is published: an absolute URL, with the path if it is served below the host's root (https://org.github.io/checks/). */
	url: webUrl.refine((value) => !/[?#]/.test(value), {
		error: 'must not carry a query or a fragment',
	}),
	/**
	 * The language of the interface and of the edition's own text: a BCP 47 tag ("es-MX") whose
	 * dictionary, or its language's ("es"), is in src/i18n/locales/. Numbers, dates and
	 * `og:locale` follow the full tag; messages fall back key by key (es-MX -> es -> en).
	 */
	lang: languageTag,
	/**
	 * Further languages the edition is published in, each a BCP 47 tag (`['es-MX']`) or
	 * `{ lang, paths, topic }`. The default language (`lang`) keeps its addresses; each other one
	 * is built under its lower-case tag (/es-mx/) from the checks translated into it
	 * (content/claims/<tag>/<id>.md) and its editorial pages (content/pages/<tag>/).
	 */
	locales: z
		.array(localeSetting, { error: 'must be a list of language tags, such as ["es-MX"]' })
		.default([])
		.superRefine((locales, ctx) => {
			locales.forEach(({ lang }, index) => {
				if (locales.findIndex((other) => other.lang === lang) !== index)
					ctx.addIssue({
						code: 'custom',
						path: [index],
						message: `"${lang}" is listed twice: list each language once`,
					});
			});
		}),
	/** How the site sets text; each setting defaults to the language's own. */
	typography: z
		.strictObject({
			/** The quotation marks around quoted words, opening then closing, e.g. ["“", "”"] or ["«", "»"]; the language's when left out. */
			quotes: z
				.tuple([quoteMark, quoteMark], {
					error: 'must be two quotation marks, opening then closing, e.g. ["“", "”"]',
				})
				.optional(),
		})
		.default({}),
	/**
	 * The first word of each reader-facing section's addresses, e.g.
	 * `{ claims: 'verificaciones', sources: 'notas' }` for /verificaciones/<id>/. Each left out
	 * keeps its English word (/claims/<id>/), so an existing site's URLs never change on
	 * upgrade; `npm run new-site` writes the words of the site's language. Machine addresses
	 * (api/, embed/, oembed/, badges/, og/, icons/ and the feeds) are the same on every site.
	 */
	paths: pathWords,
	/** What the edition checks. */
	topic: topicSetting,
	/** Who publishes the site; the publisher of every ClaimReview. */
	publisher: z.strictObject({
		/** The organization's name as readers should see it. */
		name: text(120),
		/** The organization's own website; the site's home page where left out. */
		url: webUrl.optional(),
		/** A logo in public/, as a path from the site's root ("/logo.svg"). */
		logo: z
			.string()
			.regex(/^\/[^?#]+$/, {
				error: 'must be a path in public/ starting with "/", such as "/logo.svg"',
			})
			.optional(),
	}),
	/** The public repository that holds the content files: "edit" and "history" links, suggestions. */
	repository: z.strictObject({
		/** The repository's web address, e.g. https://github.com/org/checks. */
		url: webUrl,
		/** The branch the site is built from. */
		branch: text(100).default('main'),
	}),
	/** How readers reach the desk besides the issue tracker: shown on the About page, in the footer and as each claim's "report an error". */
	contact: z
		.strictObject({
			/** The desk's address; a claim's "report an error" writes to it with the claim's address in the subject. */
			email: z.email({ error: 'must be an email address' }).optional(),
			/** A contact or corrections form on the web, where the site links readers if it has no email address. */
			form: webUrl.optional(),
		})
		.default({}),
	/**
	 * A demonstration edition, not yet a newsroom's published site: the site says so on its About
	 * page and in its footer, links no placeholder address (src/lib/placeholders.ts), and the
	 * build accepts placeholder domains and editorial pages still holding a template's `TODO:`.
	 * `npm run new-site` starts every site as a demonstration; set it to false to publish.
	 */
	demo: z.boolean({ error: 'must be true or false' }).default(false),
	/** The byline new claim files get (npm run new-claim), e.g. "Riverton Checks desk". */
	desk: text(120),
	/**
	 * The rating scale, in order: each rating's id, label and meaning (the dictionary's where left
	 * out), colours, icon and place on the truth scale. Left out: the engine's six (src/lib/ratings.ts).
	 */
	ratings: z
		.array(ratingSetting, { error: 'must be a list of ratings' })
		.min(2, { error: 'must list at least two ratings', abort: true })
		.superRefine(checkScale)
		.default(() => [...defaultScale]),
	/** Checks of this edition's content, run by the validator and the edition tests; all optional. */
	checks: z
		.strictObject({
			/** The fewest claims the edition may publish. */
			minClaims: z.int().min(0).optional(),
			/** The fewest claims that must have appeared in each source article. */
			minClaimsPerSource: z.int().min(0).optional(),
		})
		.default({}),
});

export type SiteSettings = z.input<typeof settingsSchema>;

/** A setting's path as the settings file writes it: `ratings[3].label`. */
const settingPath = (path: readonly PropertyKey[]) =>
	path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
		.join('');

/** A setting that is wrong: where in the settings file, and what is wrong with it. */
interface SettingProblem {
	readonly path: string;
	readonly message: string;
}

/** Stops with every problem in the settings, each at its setting. */
function invalid(problems: readonly SettingProblem[]): never {
	const lines = problems.map(({ path, message }) => `  ${path}: ${message}`);
	throw new Error(`${settingsFile}: the site's settings are not valid:\n${lines.join('\n')}`);
}

/** One language the site is published in, with the addresses of its pages. */
export interface SiteLanguage {
	/** Its BCP 47 tag, canonical case ("es-MX"). */
	readonly lang: string;
	/** The folder its pages are under, below the site's base: "" for the default language, "es-mx" for others. */
	readonly prefix: string;
	/** The path its pages are served under, slashes at both ends ("/checks/es-mx/"). */
	readonly base: string;
	/** Its home page's address without a trailing slash. */
	readonly url: string;
	/** Its section words. */
	readonly paths: PathWords;
	/** The edition's topic in it. */
	readonly topic: z.infer<typeof topicSetting>;
}

/** How to read the settings for one build: which language, and the section words of a language that names none. */
interface ResolveOptions {
	/** The language to build (a tag of `lang` or `locales`); the default language where left out. */
	readonly locale?: string | undefined;
	/** The dictionary's section words for a further language (path.claims…); English where left out. */
	readonly wordsOf?: (lang: string) => PathWords | undefined;
}

/**
 * Parsed settings with what follows from them, for one of the site's languages (the build's
 * CROSSCHECK_LOCALE, else the default): the origin, the base path, the issue tracker, and every
 * language's addresses. `lang`, `paths`, `topic`, `base` and `url` are the built language's.
 */
export function resolveSettings(
	input: SiteSettings,
	{ locale = process.env['CROSSCHECK_LOCALE'], wordsOf }: ResolveOptions = {},
) {
	// A deployment may say where it publishes (the GitHub Pages workflow does): that address wins.
	const deployedAt = process.env['CROSSCHECK_SITE_URL'];
	const parsed = settingsSchema.safeParse(deployedAt ? { ...input, url: deployedAt } : input);
	if (!parsed.success)
		invalid(
			parsed.error.issues.map((issue) => ({
				path: settingPath(issue.path) || '(settings)',
				message: issue.message,
			})),
		);
	const settings = parsed.data;
	const address = new URL(settings.url);
	const rootBase = address.pathname.endsWith('/') ? address.pathname : `${address.pathname}/`;
	const languages: SiteLanguage[] = [
		{ lang: settings.lang, prefix: '', paths: settings.paths, topic: settings.topic },
		...settings.locales.map(({ lang, paths = {}, topic = settings.topic }) => ({
			lang,
			prefix: lang.toLowerCase(),
			paths: fillWords(paths, wordsOf?.(lang) ?? defaultPathWords),
			topic,
		})),
	].map((language) => {
		const base = language.prefix ? `${rootBase}${language.prefix}/` : rootBase;
		return { ...language, base, url: `${address.origin}${base}`.replace(/\/$/, '') };
	});
	const problems: SettingProblem[] = [];
	languages.slice(1).forEach(({ lang, prefix, paths }, index) => {
		for (const { key, message } of pathWordProblems(paths))
			problems.push({ path: `locales[${index}].paths.${key}`, message });
		if ([...Object.values(settings.paths), ...reservedPathWords].includes(prefix))
			problems.push({
				path: `locales[${index}]`,
				message: `"${lang}" would be built under /${prefix}/, a folder the default language already uses`,
			});
	});
	const wanted = locale ? canonicalTag(locale) : undefined;
	const current = wanted ? languages.find(({ lang }) => lang === wanted) : languages[0];
	if (!current)
		problems.push({
			path: 'locales',
			message: `CROSSCHECK_LOCALE is "${locale}", which is not one of the site's languages (${languages.map(({ lang }) => lang).join(', ')})`,
		});
	if (!current || problems.length > 0) invalid(problems);
	return {
		...settings,
		lang: current.lang,
		paths: current.paths,
		topic: current.topic,
		/** The site's address without a trailing slash: origin plus any base path (and the language's folder). */
		url: current.url,
		/** The path the site is served under, with slashes at both ends ("/" at a host's root; "/es-mx/" for a further language). */
		base: current.base,
		/** Every language the site is published in, the default first. */
		languages,
		/** The language this build makes. */
		language: current,
		/** Where readers suggest claims and corrections. */
		issuesUrl: `${settings.repository.url.replace(/\/$/, '')}/issues`,
	};
}

export type Site = ReturnType<typeof resolveSettings>;
